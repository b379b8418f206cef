using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Registry.Domain;

namespace OpenKazan.Registry.Contracts;

/// <summary>The current city's stored boundaries: the city's own (null when it has none) and its districts' by district id.</summary>
public sealed record StoredBoundaries(Boundary? City, IReadOnlyDictionary<Guid, Boundary> Districts)
{
    public bool IsEmpty => City is null && Districts.Count == 0;
}

/// <summary>
/// Where a point given with a request may lie: inside the current city's stored boundary. The one check of the
/// resident form's map, the intake (web form, call centre, API) and Open311. A city without a stored boundary takes
/// any point, as before boundaries were stored. Read through the tenant-scoped context: only this city's polygons.
/// </summary>
public static class CityArea
{
    /// <summary>The name of the city's stored boundary when the point lies outside it; null when inside, or when the city has none.</summary>
    public static async Task<string?> OutsideCityBoundaryAsync(this TenantScopedDbContext db, double latitude, double longitude, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var city = await db.Set<AreaBoundary>().AsNoTracking().Where(b => b.DistrictId == null).FirstOrDefaultAsync(ct);
        return city is not null && !city.ToBoundary().Contains(latitude, longitude) ? city.Name : null;
    }

    public static async Task<StoredBoundaries> StoredBoundariesAsync(this TenantScopedDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var stored = await db.Set<AreaBoundary>().AsNoTracking().ToListAsync(ct);
        return new StoredBoundaries(
            stored.FirstOrDefault(b => b.DistrictId is null)?.ToBoundary(),
            stored.Where(b => b.DistrictId is not null).ToDictionary(b => b.DistrictId!.Value, b => b.ToBoundary()));
    }
}
