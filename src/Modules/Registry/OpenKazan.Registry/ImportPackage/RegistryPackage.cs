using OpenKazan.BuildingBlocks;
using OpenKazan.Registry.Domain;
using OpenKazan.Registry.Contracts;

namespace OpenKazan.Registry.ImportPackage;

/// <summary>The registry part of a city package, parsed and checked, with references still as codes.</summary>
internal sealed record RegistryPackage(
    IReadOnlyList<DistrictRow> Districts,
    IReadOnlyList<OrganisationRow> Organisations,
    IReadOnlyList<BuildingRow> Buildings,
    IReadOnlyList<CategoryRow> Categories,
    IReadOnlyList<ResponsibilityRow> Responsibilities,
    PackageMap Map);

internal sealed record DistrictRow(string Code, LocalizedText Name);

internal sealed record OrganisationRow(
    string Code, OrganisationType Type, LocalizedText Name, string? Inn, string? Phone, string? Email, string? District);

internal sealed record BuildingRow(
    string Code, string Address, string District, double Latitude, double Longitude, string? ManagingOrganisation,
    int? Floors, int? Flats, int? YearBuilt);

internal sealed record CategoryRow(string Code, string? Parent, LocalizedText Name, bool Emergency, bool PhotoRequired, string Group);

internal sealed record ResponsibilityRow(string Category, string? District, string? Building, string Organisation);
