using OpenKazan.Requests.Dispatch;

namespace OpenKazan.UnitTests.Requests;

public sealed class DispatchRulesTests
{
    private static readonly Guid District = Guid.NewGuid();
    private static readonly Guid OtherDistrict = Guid.NewGuid();
    private static readonly Guid Managing = Guid.NewGuid();
    private static readonly Guid Parent = Guid.NewGuid();
    private static readonly Guid Child = Guid.NewGuid();
    private static readonly BuildingFacts Building = new(Guid.NewGuid(), District, Managing);
    private static readonly CategoryFacts Category = new(Child, Parent);
    private static readonly Guid CityOrg = Guid.NewGuid();
    private static readonly Guid DistrictOrg = Guid.NewGuid();
    private static readonly Guid BuildingOrg = Guid.NewGuid();

    [Fact]
    public void A_building_row_beats_a_district_row_which_beats_a_city_row()
    {
        ResponsibilityRow[] map =
        [
            new(Child, null, null, CityOrg),
            new(Child, District, null, DistrictOrg),
            new(Child, null, Building.Id, BuildingOrg),
        ];

        Assert.Equal(new DispatchOutcome(BuildingOrg, DispatchRule.BuildingRule, "Responsibility map: the category in this building."),
            DispatchRules.Route(Building, Category, map));
        Assert.Equal(DistrictOrg, DispatchRules.Route(Building, Category, map[..2]).OrganisationId);
        Assert.Equal(DispatchRule.CityRule, DispatchRules.Route(Building, Category, map[..1]).Rule);
    }

    [Fact]
    public void At_the_same_place_the_exact_category_beats_its_parent()
    {
        ResponsibilityRow[] map = [new(Parent, District, null, CityOrg), new(Child, District, null, DistrictOrg)];

        Assert.Equal(DistrictOrg, DispatchRules.Route(Building, Category, map).OrganisationId);
    }

    [Fact]
    public void The_parent_category_matches_when_the_category_has_no_row()
    {
        var outcome = DispatchRules.Route(Building, Category, [new(Parent, null, null, CityOrg)]);

        Assert.Equal((CityOrg, DispatchRule.CityRule), (outcome.OrganisationId, outcome.Rule));
        Assert.Contains("parent", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_more_specific_place_wins_even_for_the_parent_category()
    {
        var outcome = DispatchRules.Route(Building, Category, [new(Child, null, null, CityOrg), new(Parent, District, null, DistrictOrg)]);

        Assert.Equal(DistrictOrg, outcome.OrganisationId);
    }

    [Fact]
    public void Rows_of_other_districts_other_buildings_and_other_categories_are_ignored()
    {
        ResponsibilityRow[] map =
        [
            new(Child, OtherDistrict, null, DistrictOrg),
            new(Child, null, Guid.NewGuid(), BuildingOrg),
            new(Guid.NewGuid(), null, null, CityOrg),
        ];

        Assert.Equal(new DispatchOutcome(Managing, DispatchRule.ManagingOrganisation, "No responsibility row: the building's managing organisation."),
            DispatchRules.Route(Building, Category, map));
    }

    [Fact]
    public void Without_a_row_or_a_managing_organisation_the_request_goes_to_the_dispatcher_queue()
    {
        var outcome = DispatchRules.Route(Building with { ManagingOrganisationId = null }, new CategoryFacts(Child, null), []);

        Assert.Equal((null, DispatchRule.DispatcherQueue), (outcome.OrganisationId, outcome.Rule));
    }
}
