namespace OpenKazan.TenantGenerator.Model;

/// <summary>The organisation types the package format allows (the enum names are written as-is).</summary>
internal enum OrganisationType
{
    ManagingOrganisation,
    Contractor,
    ResourceSupplier,
    EmergencyDispatch,
    CityCommittee,
}

// One record per CSV row kind; empty strings stand for empty CSV fields, as in the files.

internal sealed record District(string Code, LocalizedName Name);

internal sealed record Organisation(
    string Code, OrganisationType Type, LocalizedName Name, string Inn, string Phone, string Email, string District);

internal sealed record Building(
    string Id, string Address, string District, GeoPoint Location, string ManagingOrg, int Floors, int Flats, int YearBuilt);

internal sealed record Category(
    string Code, string Parent, LocalizedName Name, bool Emergency, bool PhotoRequired, string Group);

internal sealed record Responsibility(string Category, string District, string Building, string Organisation);

/// <summary>Everything that goes into one <c>tenants/&lt;slug&gt;/</c> folder.</summary>
internal sealed record TenantPackage(
    CityProfile Profile,
    IReadOnlyList<District> Districts,
    IReadOnlyList<Organisation> Organisations,
    IReadOnlyList<Building> Buildings,
    IReadOnlyList<Category> Categories,
    IReadOnlyList<Responsibility> Responsibilities);
