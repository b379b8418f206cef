namespace OpenKazan.Requests.Submit;

/// <summary>
/// A new request as the resident (Web) or an operator on the phone (CallCentre) fills it in. Enumerations travel as
/// text and are checked here, so that a wrong value is a clear 400 rather than a failed binding.
/// </summary>
public sealed record SubmitRequestBody(
    string? Channel,
    RequesterBody? Requester,
    Guid? BuildingId,
    double? Latitude,
    double? Longitude,
    string? Flat,
    string? Entrance,
    Guid? CategoryId,
    string? Description);

public sealed record RequesterBody(string? Kind, string? Name, string? Phone, string? Email, bool? ConsentToContact, Guid? UserId);

/// <summary>Where and what: the part of a request that duplicate detection looks at.</summary>
public sealed record DuplicateCheckBody(Guid? BuildingId, double? Latitude, double? Longitude, Guid? CategoryId);
