using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Registry.Contracts;

namespace OpenKazan.Analytics.Generator;

internal sealed record GenBuilding(Guid Id, Guid DistrictId, Guid? ManagingOrganisationId);

internal sealed record GenCategory(Guid Id, string Group, bool IsEmergency);

/// <summary>The city's registry as the generator needs it, with a stable order so a seed always picks the same rows.</summary>
internal sealed record CityModel(
    IReadOnlyList<GenBuilding> Buildings,
    IReadOnlyList<GenCategory> Routine,
    IReadOnlyList<GenCategory> Emergency,
    IReadOnlyList<Guid> Organisations,
    IReadOnlyDictionary<Guid, OrganisationType> OrganisationTypes,
    IReadOnlyDictionary<Guid, IReadOnlyList<ResponsibilityLine>> ResponsibilitiesByCategory)
{
    public static async Task<CityModel> LoadAsync(TenantScopedDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var buildings = await db.BuildingPlaces().OrderBy(b => b.Code)
            .Select(b => new GenBuilding(b.Id, b.DistrictId, b.ManagingOrganisationId)).ToListAsync(ct);
        var categories = await db.CategoriesAsync(ct);
        var parents = categories.Where(c => c.ParentId is not null).Select(c => c.ParentId!.Value).ToHashSet();
        var leaves = categories.Where(c => !parents.Contains(c.Id)).Select(c => new GenCategory(c.Id, c.Group, c.IsEmergency)).ToList();
        var organisations = await db.OrganisationLabels().OrderBy(o => o.Code).Select(o => new { o.Id, o.Type }).ToListAsync(ct);
        var responsibilities = await db.ResponsibilityMapAsync(ct);
        if (buildings.Count == 0 || leaves.Count == 0 || organisations.Count == 0)
        {
            throw new InvalidOperationException("The city has no buildings, categories or organisations: import its package first.");
        }

        return new CityModel(
            buildings,
            leaves.Where(c => !c.IsEmergency).ToList() is { Count: > 0 } routine ? routine : leaves,
            leaves.Where(c => c.IsEmergency).ToList() is { Count: > 0 } emergency ? emergency : leaves,
            organisations.Select(o => o.Id).ToList(),
            organisations.ToDictionary(o => o.Id, o => o.Type),
            responsibilities.GroupBy(r => r.CategoryId).ToDictionary(g => g.Key, g => (IReadOnlyList<ResponsibilityLine>)g.ToList()));
    }

    /// <summary>The responsible organisation as the dispatcher would route it: building, then district, then city-wide, then the manager.</summary>
    public Guid OrganisationFor(GenBuilding building, GenCategory category)
    {
        ArgumentNullException.ThrowIfNull(building);
        ArgumentNullException.ThrowIfNull(category);
        if (ResponsibilitiesByCategory.TryGetValue(category.Id, out var rows))
        {
            var match = rows.FirstOrDefault(r => r.BuildingId == building.Id)
                ?? rows.FirstOrDefault(r => r.BuildingId is null && r.DistrictId == building.DistrictId)
                ?? rows.FirstOrDefault(r => r.BuildingId is null && r.DistrictId is null);
            if (match is not null)
            {
                return match.OrganisationId;
            }
        }

        return building.ManagingOrganisationId ?? Organisations[Math.Abs(building.Id.GetHashCode()) % Organisations.Count];
    }
}
