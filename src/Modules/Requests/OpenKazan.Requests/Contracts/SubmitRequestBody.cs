namespace OpenKazan.Requests.Contracts;

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
