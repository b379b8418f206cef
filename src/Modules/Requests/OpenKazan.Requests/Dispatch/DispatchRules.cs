namespace OpenKazan.Requests.Dispatch;

public sealed record BuildingFacts(Guid Id, Guid DistrictId, Guid? ManagingOrganisationId);

public sealed record CategoryFacts(Guid Id, Guid? ParentId);

public sealed record ResponsibilityRow(Guid CategoryId, Guid? DistrictId, Guid? BuildingId, Guid OrganisationId);

public enum DispatchRule
{
    BuildingRule,
    DistrictRule,
    CityRule,
    ManagingOrganisation,
    DispatcherQueue,
    Manual,
    Returned,
}

public sealed record DispatchOutcome(Guid? OrganisationId, DispatchRule Rule, string Reason);

/// <summary>
/// Building + category → one responsible organisation. The place decides first (a building row beats a district
/// row beats a city-wide row); at the same place the exact category beats its parent. No row: the building's
/// managing organisation; none either: the city dispatcher's queue. Pure, so every branch is unit-tested.
/// </summary>
public static class DispatchRules
{
    public static DispatchOutcome Route(BuildingFacts building, CategoryFacts category, IEnumerable<ResponsibilityRow> map)
    {
        ArgumentNullException.ThrowIfNull(building);
        ArgumentNullException.ThrowIfNull(category);
        ArgumentNullException.ThrowIfNull(map);
        var rows = map.ToList();
        var levels = new (DispatchRule Rule, Func<ResponsibilityRow, bool> Where, string Place)[]
        {
            (DispatchRule.BuildingRule, r => r.BuildingId == building.Id, "this building"),
            (DispatchRule.DistrictRule, r => r.BuildingId is null && r.DistrictId == building.DistrictId, "the building's district"),
            (DispatchRule.CityRule, r => r.BuildingId is null && r.DistrictId is null, "the whole city"),
        };
        foreach (var (rule, where, place) in levels)
        {
            var atPlace = rows.Where(where).ToList();
            if (atPlace.FirstOrDefault(r => r.CategoryId == category.Id) is { } exact)
            {
                return new(exact.OrganisationId, rule, $"Responsibility map: the category in {place}.");
            }

            if (category.ParentId is { } parent && atPlace.FirstOrDefault(r => r.CategoryId == parent) is { } byParent)
            {
                return new(byParent.OrganisationId, rule, $"Responsibility map: the parent category in {place}.");
            }
        }

        return building.ManagingOrganisationId is { } managing
            ? new(managing, DispatchRule.ManagingOrganisation, "No responsibility row: the building's managing organisation.")
            : new(null, DispatchRule.DispatcherQueue, "No responsibility row and no managing organisation: the city dispatcher decides.");
    }
}
