using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Registry.Contracts;
using OpenKazan.Registry.Domain;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Registry.Editing;

/// <summary>
/// Where an edited building may lie: inside the city's stored boundary (without one, inside tenant.json's bounds)
/// and inside its district's stored boundary, if the district has one. The import's rule, with its polygons read
/// from this city's rows only.
/// </summary>
internal static class BuildingPlacement
{
    public static async Task<EditError?> OutsideAsync(
        TenantScopedDbContext db, GeoBounds? bounds, Guid districtId, double latitude, double longitude, CancellationToken ct)
    {
        var stored = await db.Set<AreaBoundary>().AsNoTracking()
            .Where(b => b.DistrictId == null || b.DistrictId == districtId).ToListAsync(ct);
        var city = stored.FirstOrDefault(b => b.DistrictId is null);
        if (city is null && bounds is not null && !bounds.Contains(latitude, longitude))
        {
            return new EditError("Latitude", EditReasons.OutsideCity);
        }

        if (city is not null && !city.ToBoundary().Contains(latitude, longitude))
        {
            return new EditError("Latitude", EditReasons.OutsideCityBoundary, city.Name);
        }

        return stored.FirstOrDefault(b => b.DistrictId == districtId) is { } district && !district.ToBoundary().Contains(latitude, longitude)
            ? new EditError("Latitude", EditReasons.OutsideDistrictBoundary, district.Name)
            : null;
    }
}
