using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Requests.Domain;

namespace OpenKazan.Requests.Contracts;

/// <summary>How a change that writes no history (a rating) still reaches the readers of request changes.</summary>
public static class RequestChanges
{
    /// <summary>Marks the request changed in the caller's unit of work, once per unit of work.</summary>
    public static void MarkRequestChanged(this TenantScopedDbContext db, Guid requestId)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.ChangeTracker.Entries<RequestChange>().Any(e => e.State == EntityState.Added && e.Entity.RequestId == requestId))
        {
            db.Add(new RequestChange { RequestId = requestId });
        }
    }
}
