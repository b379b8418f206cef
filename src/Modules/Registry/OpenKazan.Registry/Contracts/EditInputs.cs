using OpenKazan.BuildingBlocks;

namespace OpenKazan.Registry.Contracts;

public sealed record DistrictInput(string Code, LocalizedText Name);

public sealed record OrganisationInput(
    string Code, OrganisationType Type, LocalizedText Name, string? Inn, string? Phone, string? Email, Guid? DistrictId);

public sealed record BuildingInput(
    string Code, string Address, Guid DistrictId, double? Latitude, double? Longitude, Guid? ManagingOrganisationId,
    int? Floors, int? Flats, int? YearBuilt);

public sealed record CategoryInput(string Code, Guid? ParentId, LocalizedText Name, bool IsEmergency, bool PhotoRequired, string Group);

/// <summary>A row of the responsibility map; the building is named by its registry code (a city has thousands).</summary>
public sealed record ResponsibilityInput(Guid CategoryId, Guid? DistrictId, string? BuildingCode, Guid OrganisationId);
