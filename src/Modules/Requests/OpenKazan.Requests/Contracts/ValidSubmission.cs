namespace OpenKazan.Requests.Contracts;

/// <summary>A checked submission: everything the handler needs, already parsed.</summary>
public sealed record ValidSubmission(
    RequestChannel Channel,
    RequesterKind RequesterKind,
    string RequesterName,
    string? Phone,
    string? Email,
    bool Consent,
    Guid? RequesterUserId,
    Guid? BuildingId,
    (double Lat, double Long)? Point,
    string? Flat,
    string? Entrance,
    Guid CategoryId,
    string Description);
