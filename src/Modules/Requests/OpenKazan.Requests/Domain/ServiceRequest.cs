using OpenKazan.BuildingBlocks.Caching;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Requests.Domain;

/// <summary>
/// A resident's request about a building. Its status changes only through <see cref="Workflow.RequestWorkflow"/>;
/// <see cref="Version"/> is bumped on every change so that two concurrent writers cannot both win.
/// </summary>
public sealed class ServiceRequest : ITenantOwned, IPublicCityData, IPublicRequestData
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    Guid IPublicRequestData.RequestId => Id;

    public Guid TenantId { get; set; }

    /// <summary>Human number, unique in the city: <c>{prefix}-{year}-{000123}</c>.</summary>
    public required string Number { get; set; }

    public RequestChannel Channel { get; set; }

    public RequestStatus Status { get; set; }

    /// <summary>The status OnHold came from, so that resuming returns there.</summary>
    public RequestStatus? HeldFrom { get; set; }

    public RequestPriority Priority { get; set; }

    public RequesterKind RequesterKind { get; set; }

    public required string RequesterName { get; set; }

    public string? RequesterPhone { get; set; }

    /// <summary>Digits only, for the operator's look-up by phone whatever the caller's formatting.</summary>
    public string? RequesterPhoneDigits { get; set; }

    public string? RequesterEmail { get; set; }

    public bool ConsentToContact { get; set; }

    public Guid? RequesterUserId { get; set; }

    /// <summary>The language the resident wrote in; notifications use it.</summary>
    public required string Culture { get; set; }

    public Guid BuildingId { get; set; }

    public string? Flat { get; set; }

    public string? Entrance { get; set; }

    public Guid CategoryId { get; set; }

    public required string Description { get; set; }

    /// <summary>The organisation that must fix it; null while it waits in the city dispatcher's queue.</summary>
    public Guid? OrganisationId { get; set; }

    public DateTime RegisteredAt { get; set; }

    public DateTime? AcceptedAt { get; set; }

    public DateTime? ResolvedAt { get; set; }

    public DateTime? ClosedAt { get; set; }

    public string? ResolutionReport { get; set; }

    /// <summary>How often the resident reopened it: counted against the organisation.</summary>
    public int ReopenCount { get; set; }

    public long Version { get; set; }

    /// <summary>Whether the request waits for work (an open status): the work queues read only these.</summary>
    public bool InQueue { get; set; }

    /// <summary>0 for an emergency, 1 otherwise: emergencies head every queue.</summary>
    public int Urgency { get; set; } = QueuePlace.NormalUrgency;

    /// <summary>When the current stage is due (the earliest open deadline); <see cref="QueuePlace.NothingDue"/> when none.</summary>
    public DateTime QueueDueAt { get; set; } = QueuePlace.NothingDue;

    /// <summary>When the current stage's warning starts; <see cref="QueuePlace.NothingDue"/> when none.</summary>
    public DateTime QueueWarnAt { get; set; } = QueuePlace.NothingDue;

    public void Touch() => Version++;

    /// <summary>
    /// Puts the request where it belongs in the work queues from its status, priority and open stage deadlines.
    /// Called by every path that changes those, so the queue is ordered by an index instead of a join.
    /// </summary>
    public void PlaceInQueue(IEnumerable<RequestDeadline> deadlines)
    {
        ArgumentNullException.ThrowIfNull(deadlines);
        InQueue = RequestStatuses.Open.Contains(Status);
        Urgency = Priority == RequestPriority.Emergency ? QueuePlace.EmergencyUrgency : QueuePlace.NormalUrgency;
        var current = deadlines.Where(d => d.CompletedAt == null).OrderBy(d => d.DueAt).FirstOrDefault();
        QueueDueAt = current?.DueAt ?? QueuePlace.NothingDue;
        QueueWarnAt = current?.WarnAt ?? QueuePlace.NothingDue;
    }
}

/// <summary>The constants of a request's place in the work queues.</summary>
public static class QueuePlace
{
    public const int EmergencyUrgency = 0;

    public const int NormalUrgency = 1;

    /// <summary>
    /// Stands for "no open stage": later than any real deadline, so such requests come last, and the same on every engine
    /// (engines disagree on where NULLs sort, and the queue is ordered by an index).
    /// </summary>
    public static readonly DateTime NothingDue = new(3000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
}
