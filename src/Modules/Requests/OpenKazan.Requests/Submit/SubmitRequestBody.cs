namespace OpenKazan.Requests.Submit;

/// <summary>Where and what: the part of a request that duplicate detection looks at.</summary>
public sealed record DuplicateCheckBody(Guid? BuildingId, double? Latitude, double? Longitude, Guid? CategoryId);
