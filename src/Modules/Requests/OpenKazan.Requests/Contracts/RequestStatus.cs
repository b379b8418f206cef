using OpenKazan.Requests.Domain;
namespace OpenKazan.Requests.Contracts;

/// <summary>Where a request stands; the allowed moves between these live in <see cref="Workflow.RequestWorkflow"/> only.</summary>
public enum RequestStatus
{
    New,
    Dispatched,
    Accepted,
    InProgress,
    OnHold,
    Resolved,
    Closed,
    Rejected,
    Returned,
    Reopened,
    Cancelled,
}

public enum RequestChannel
{
    Web,
    CallCentre,
    Open311,
}

public enum RequestPriority
{
    Normal,
    Emergency,
}

public enum RequesterKind
{
    Person,
    LegalEntity,
}

public static class RequestStatuses
{
    /// <summary>Statuses in which nobody works on the request any more.</summary>
    public static IReadOnlySet<RequestStatus> Final { get; } =
        new HashSet<RequestStatus> { RequestStatus.Closed, RequestStatus.Rejected, RequestStatus.Cancelled };

    /// <summary>The work is done: resolved, then closed by the requester or by the auto-closer.</summary>
    public static IReadOnlySet<RequestStatus> Resolved { get; } = new HashSet<RequestStatus> { RequestStatus.Resolved, RequestStatus.Closed };

    /// <summary>Still waiting for work: candidates for duplicates and for SLA monitoring.</summary>
    public static IReadOnlyList<RequestStatus> Open { get; } =
    [
        RequestStatus.New, RequestStatus.Dispatched, RequestStatus.Accepted, RequestStatus.InProgress,
        RequestStatus.OnHold, RequestStatus.Returned, RequestStatus.Reopened,
    ];
}
