using OpenKazan.TenantGenerator.Model;

namespace OpenKazan.TenantGenerator.Cities;

/// <summary>Short factories so that the city profiles read like tables.</summary>
internal static class Org
{
    public static OrganisationSpec Managing(string code, string district, string ru, string tt, string en) =>
        new(code, OrganisationType.ManagingOrganisation, new LocalizedName(ru, tt, en), district);

    public static OrganisationSpec Contractor(string code, string ru, string tt, string en) =>
        new(code, OrganisationType.Contractor, new LocalizedName(ru, tt, en));

    public static OrganisationSpec Supplier(string code, string ru, string tt, string en) =>
        new(code, OrganisationType.ResourceSupplier, new LocalizedName(ru, tt, en));

    public static OrganisationSpec Dispatch(string code, string ru, string tt, string en) =>
        new(code, OrganisationType.EmergencyDispatch, new LocalizedName(ru, tt, en));

    public static OrganisationSpec Committee(string code, string ru, string tt, string en) =>
        new(code, OrganisationType.CityCommittee, new LocalizedName(ru, tt, en));

    /// <summary>Responsibility rows giving <paramref name="categories"/> to an organisation (district empty = city-wide).</summary>
    public static IEnumerable<Responsibility> Handles(string organisation, string district, params string[] categories) =>
        categories.Select(c => new Responsibility(c, district, string.Empty, organisation));

    /// <summary>Lift categories: a stuck passenger and a stopped lift go to the same lift contractor.</summary>
    public static readonly string[] LiftCategories = ["lift", "lift.stuck", "lift.out-of-order"];

    /// <summary>Outages of the district heating network: no heating, no hot water.</summary>
    public static readonly string[] HeatOutageCategories = ["heating.no-heat", "water.no-hot"];

    /// <summary>Cold water and sewerage belong to the water utility.</summary>
    public static readonly string[] WaterUtilityCategories = ["water.no-cold", "water.leak", "sewerage.blockage"];
}
