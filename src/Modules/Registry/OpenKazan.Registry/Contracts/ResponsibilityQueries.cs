using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Registry.Domain;

namespace OpenKazan.Registry.Contracts;

/// <summary>A row of the responsibility map with names in the current language; the place is empty city-wide.</summary>
public sealed record ResponsibilityDto(Guid Id, string Category, string? District, string? Building, string Organisation);

public static class ResponsibilityQueries
{
    /// <summary>The map is small (categories × places), so names are looked up from the registry's own lists.</summary>
    public static async Task<List<ResponsibilityDto>> ResponsibilitiesAsync(this TenantScopedDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.Set<Responsibility>().AsNoTracking().ToListAsync(ct);
        var categories = (await db.CategoriesAsync(ct)).ToDictionary(c => c.Id);
        var districts = (await db.DistrictsAsync(ct)).ToDictionary(d => d.Id, d => d.Name);
        var organisations = (await db.OrganisationsAsync(ct)).ToDictionary(o => o.Id, o => o.Name);
        var buildingIds = rows.Where(r => r.BuildingId != null).Select(r => r.BuildingId!.Value).ToList();
        var buildings = await db.Set<Building>().AsNoTracking().Where(b => buildingIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Address, ct);
        return rows
            .Select(r => new ResponsibilityDto(
                r.Id, categories[r.CategoryId].Name, r.DistrictId is { } d ? districts[d] : null,
                r.BuildingId is { } b ? buildings[b] : null, organisations[r.OrganisationId]))
            .OrderBy(r => r.Category, StringComparer.CurrentCulture).ThenBy(r => r.District).ThenBy(r => r.Building)
            .ToList();
    }
}
