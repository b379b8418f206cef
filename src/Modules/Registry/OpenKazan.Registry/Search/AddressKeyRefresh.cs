using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Registry.Domain;

namespace OpenKazan.Registry.Search;

/// <summary>
/// Rewrites the stored search key of every building of the city whose key is not what <see cref="AddressKey"/> makes
/// of its address today: rows written under an older key format (or before a change of the normaliser) are found like
/// new ones. Run with the migrations, on every engine; a second run changes nothing.
/// </summary>
public static class AddressKeyRefresh
{
    private const int Batch = 500;

    /// <summary>The number of buildings whose key was rewritten.</summary>
    public static async Task<int> RefreshAddressKeysAsync(this TenantScopedDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.Set<Building>().AsNoTracking().Select(b => new { b.Id, b.Address, b.AddressSearch }).ToListAsync(ct);
        var stale = rows.Where(r => AddressKey.Normalise(r.Address) != r.AddressSearch).Select(r => r.Id).ToList();
        foreach (var ids in stale.Chunk(Batch))
        {
            foreach (var building in await db.Set<Building>().Where(b => ids.Contains(b.Id)).ToListAsync(ct))
            {
                building.AddressSearch = AddressKey.Normalise(building.Address);
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        return stale.Count;
    }
}
