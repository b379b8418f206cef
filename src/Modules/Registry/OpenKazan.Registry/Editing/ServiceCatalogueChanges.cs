using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Registry.Domain;

namespace OpenKazan.Registry.Editing;

/// <summary>Every write path of the categories marks the change here, before its own save, so both commit together.</summary>
internal static class ServiceCatalogueChanges
{
    public static async Task MarkAsync(TenantScopedDbContext db, TimeProvider time, CancellationToken ct)
    {
        var stamp = await db.Set<ServiceCatalogueStamp>().SingleOrDefaultAsync(ct);
        if (stamp is null)
        {
            stamp = new ServiceCatalogueStamp { TenantId = db.CurrentTenantId };
            db.Add(stamp);
        }

        stamp.ChangedAt = time.GetUtcNow().UtcDateTime;
    }
}
