using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Requests.Domain;

/// <summary>
/// A warning, breach or escalation of one stage of a request. A unique index on (city, request, stage, kind, level)
/// makes recording idempotent: two monitor runs, even on two nodes, record it once.
/// </summary>
public sealed class SlaIncident : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid RequestId { get; set; }

    public required string Stage { get; set; }

    public SlaIncidentKind Kind { get; set; }

    /// <summary>0 for warnings and breaches; the escalation level (1 Dispatcher, 2 OrganisationHead, 3 Committee) otherwise.</summary>
    public int Level { get; set; }

    public string? Notify { get; set; }

    public Guid? OrganisationId { get; set; }

    public DateTime At { get; set; }
}

/// <summary>How long a stage took, for analytics: written once when the stage completes.</summary>
public sealed class StageDuration : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid RequestId { get; set; }

    public required string Stage { get; set; }

    public Guid? OrganisationId { get; set; }

    public Guid CategoryId { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime EndedAt { get; set; }

    public long BusinessMinutes { get; set; }

    public bool OnTime { get; set; }
}
