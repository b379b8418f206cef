using OpenKazan.BuildingBlocks.Caching;
using OpenKazan.BuildingBlocks.Persistence;

namespace OpenKazan.Requests.Domain;

/// <summary>
/// One SLA stage of a request (Accept, Localise, Resolve): when it is due, when to warn, when it was met.
/// Recomputed when the request is put on hold and resumed, because pauses stop the clock.
/// </summary>
public sealed class RequestDeadline : ITenantOwned, IPublicRequestData
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid RequestId { get; set; }

    public required string Stage { get; set; }

    public DateTime DueAt { get; set; }

    public DateTime WarnAt { get; set; }

    public DateTime? CompletedAt { get; set; }
}

/// <summary>A time the SLA clock stood still (waiting for the resident or for access to the flat).</summary>
public sealed class RequestPause : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid RequestId { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime? EndedAt { get; set; }

    public string? Reason { get; set; }
}
