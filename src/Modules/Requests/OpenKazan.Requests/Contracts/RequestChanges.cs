using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Requests.Domain;

namespace OpenKazan.Requests.Contracts;

/// <summary>
/// The queue of changed requests: how a change that writes no history (a rating) still reaches the reader of request
/// changes, and how that reader (the analytics fact sync) takes them. A change is a row written in the same unit of
/// work as the change itself, so one that commits late is still there to be taken, whatever its time.
/// </summary>
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

    /// <summary>
    /// The requests of the oldest pending changes (at most <paramref name="take"/> changes, in the order written, one id
    /// per change), marked taken in the caller's unit of work: they are deleted only when the caller saves what it built
    /// from them, and stay pending if that save fails.
    /// </summary>
    public static async Task<IReadOnlyList<Guid>> TakeRequestChangesAsync(this TenantScopedDbContext db, int take, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var changes = await db.Set<RequestChange>().OrderBy(c => c.Id).Take(take).ToListAsync(ct);
        db.RemoveRange(changes);
        return changes.Select(c => c.RequestId).ToList();
    }
}
