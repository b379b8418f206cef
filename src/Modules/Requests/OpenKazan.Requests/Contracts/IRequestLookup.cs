using OpenKazan.BuildingBlocks.Security;

namespace OpenKazan.Requests.Contracts;

/// <summary>
/// The reads the pages need: one request by number as the person may see it, a resident's list, a caller's history for
/// the operator, and the public status of a number (the queues are <see cref="IWorkQueueReader"/>).
/// </summary>
public interface IRequestLookup
{
    /// <summary>The request with this number if the person may see it; internal comments and staff names only for staff.</summary>
    Task<RequestView?> FindAsync(string number, ICurrentUser user, CancellationToken ct);

    /// <summary>The requests a resident filed, newest first.</summary>
    Task<IReadOnlyList<RequestRow>> MineAsync(ICurrentUser user, CancellationToken ct);

    /// <summary>The number of the latest request a person filed in this city, if any: where they return after confirming their e-mail.</summary>
    Task<string?> LatestNumberAsync(Guid userId, CancellationToken ct);

    /// <summary>The caller's requests (by phone) and the other requests at the chosen building, newest first, each marked by why it is listed.</summary>
    Task<IReadOnlyList<CallerHistoryRow>> CallerHistoryAsync(string? phone, Guid? buildingId, CancellationToken ct);

    /// <summary>The name and building of the caller's latest request, so the operator need not ask again; null for a new caller.</summary>
    Task<KnownCaller?> KnownCallerAsync(string? phone, CancellationToken ct);

    /// <summary>The status of a request by its number, without personal data; null when there is none.</summary>
    Task<PublicStatus?> PublicStatusAsync(string? number, CancellationToken ct);
}

/// <summary>The public status of a request: no name, phone, flat or description, so anyone with the number may ask.</summary>
public sealed record PublicStatusDto(string Number, string Status, string StatusText, string Priority, DateTime RegisteredAt, DateTime? ResolvedAt, DateTime? ClosedAt);

/// <summary>A request's public status and the request it belongs to (for the cache of its answer, never shown).</summary>
public sealed record PublicStatus(Guid RequestId, PublicStatusDto Status);

/// <summary>A caller the city has heard from: the name they gave and the building of their latest request.</summary>
public sealed record KnownCaller(string Name, Guid? BuildingId);

/// <summary>A line of the operator's history: the request, and whether this caller filed it (else it is the building's).</summary>
public sealed record CallerHistoryRow(RequestRow Request, bool FromCaller);
