namespace OpenKazan.Requests.Contracts;

/// <summary>
/// A past request as a bulk writer of a city's history hands it over: what was filed, then where its history has brought
/// it by now (the writer moves <see cref="Status"/> and the times along as it writes the history lines).
/// </summary>
public sealed class ImportedRequest
{
    public required Guid Id { get; init; }

    /// <summary>Human number, unique in the city: <c>{prefix}-{year}-{000123}</c> (see <see cref="RequestNumberCounters"/>).</summary>
    public required string Number { get; init; }

    public RequestChannel Channel { get; init; }

    public RequestPriority Priority { get; init; }

    public RequesterKind RequesterKind { get; init; }

    public required string RequesterName { get; init; }

    public required string Culture { get; init; }

    public required Guid BuildingId { get; init; }

    public required Guid CategoryId { get; init; }

    public required string Description { get; init; }

    public Guid? OrganisationId { get; init; }

    public required DateTime RegisteredAt { get; init; }

    public RequestStatus Status { get; set; }

    public DateTime? AcceptedAt { get; set; }

    public DateTime? ResolvedAt { get; set; }

    public DateTime? ClosedAt { get; set; }

    public int ReopenCount { get; set; }

    /// <summary>One more for every change of status, as the workflow counts them.</summary>
    public long Version { get; set; }
}

/// <summary>One line of a past request's history (its kinds are the workflow's and the SLA monitor's).</summary>
public sealed record ImportedRequestEvent
{
    public required Guid Id { get; init; }

    public required DateTime At { get; init; }

    public required string Kind { get; init; }

    public RequestStatus? FromStatus { get; init; }

    public RequestStatus? ToStatus { get; init; }

    public required string ActorRole { get; init; }

    public string? ActorName { get; init; }

    public string? Reason { get; init; }

    public RequestChannel? Channel { get; init; }

    public Guid? OrganisationId { get; init; }
}

/// <summary>One SLA stage of a past request: when it was due and warned, and when it was met (null while still open).</summary>
public sealed record ImportedDeadline
{
    public required Guid Id { get; init; }

    public required string Stage { get; init; }

    public required DateTime DueAt { get; init; }

    public required DateTime WarnAt { get; init; }

    public DateTime? CompletedAt { get; init; }
}

/// <summary>A warning, breach or escalation the SLA monitor recorded for a stage of a past request.</summary>
public sealed record ImportedSlaIncident
{
    public required Guid Id { get; init; }

    public required string Stage { get; init; }

    public required SlaIncidentKind Kind { get; init; }

    /// <summary>0 for warnings and breaches; the escalation level otherwise.</summary>
    public int Level { get; init; }

    public string? Notify { get; init; }

    public Guid? OrganisationId { get; init; }

    public required DateTime At { get; init; }
}

/// <summary>A stage a past request met: how long it took in business minutes and whether that was on time.</summary>
public sealed record ImportedStage
{
    public required Guid Id { get; init; }

    public required string Stage { get; init; }

    public Guid? OrganisationId { get; init; }

    public required Guid CategoryId { get; init; }

    public required DateTime StartedAt { get; init; }

    public required DateTime EndedAt { get; init; }

    public required long BusinessMinutes { get; init; }

    public required bool OnTime { get; init; }
}

/// <summary>A past request with everything Requests keeps about it.</summary>
public sealed record ImportedRequestHistory(
    ImportedRequest Request,
    IReadOnlyList<ImportedRequestEvent> Events,
    IReadOnlyList<ImportedDeadline> Deadlines,
    IReadOnlyList<ImportedSlaIncident> Incidents,
    IReadOnlyList<ImportedStage> Stages);
