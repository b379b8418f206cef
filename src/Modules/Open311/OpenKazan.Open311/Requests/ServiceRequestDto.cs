using System.Text.Json.Serialization;

namespace OpenKazan.Open311.Requests;

/// <summary>A request as GeoReport v2 shows it to anyone: no name, phone or e-mail of the resident.</summary>
internal sealed record ServiceRequestDto(
    string ServiceRequestId,
    string Status,
    string? StatusNotes,
    string ServiceName,
    string ServiceCode,
    string Description,
    string? AgencyResponsible,
    string? ServiceNotice,
    string RequestedDatetime,
    string UpdatedDatetime,
    string? ExpectedDatetime,
    string Address,
    string AddressId,
    double Lat,
    [property: JsonPropertyName("long")] double Longitude,
    string? MediaUrl)
{
    /// <summary>Extension (<c>extensions=true</c>): channel, priority, extended status and the attributes sent.</summary>
    public IReadOnlyDictionary<string, object?>? ExtendedAttributes { get; init; }

    /// <summary>Extension (<c>extensions=true</c>): the public history, oldest first.</summary>
    public IReadOnlyList<NoteDto>? Notes { get; init; }
}

/// <summary>One line of a request's public history.</summary>
internal sealed record NoteDto(string Type, string Datetime, string Summary, string? Status, string? Description);

/// <summary>
/// The answer to a new request: its id and what happens next. The id is known at once, so no token is returned (the
/// spec: a server SHOULD NOT return both).
/// </summary>
internal sealed record CreatedRequestDto(string ServiceRequestId, string ServiceNotice);

internal sealed record TokenDto(string ServiceRequestId, string Token);
