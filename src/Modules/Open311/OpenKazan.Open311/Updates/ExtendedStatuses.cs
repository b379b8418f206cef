using OpenKazan.Requests.Domain;

namespace OpenKazan.Open311.Updates;

/// <summary>
/// Our workflow statuses in the words of GeoReport v2: the basic <c>open</c>/<c>closed</c>, and the extended statuses
/// of the service request updates extension. <c>closed</c> means nobody works on it any more (resolved included, as
/// the work is done even if the resident may still reopen it).
/// </summary>
public static class ExtendedStatuses
{
    public const string Investigating = "INVESTIGATING";
    public const string InProgress = "IN_PROGRESS";
    public const string ActionScheduled = "ACTION_SCHEDULED";
    public const string Fixed = "FIXED";
    public const string Duplicate = "DUPLICATE";
    public const string NotCouncilsResponsibility = "NOT_COUNCILS_RESPONSIBILITY";
    public const string NoFurtherAction = "NO_FURTHER_ACTION";
    public const string InternalReferral = "INTERNAL_REFERRAL";
    public const string Closed = "CLOSED";
    public const string Cancelled = "CANCELLED";
    public const string Reopen = "REOPEN";

    public static IReadOnlyList<string> All { get; } =
    [
        Investigating, InProgress, ActionScheduled, Fixed, Duplicate, NotCouncilsResponsibility, NoFurtherAction,
        InternalReferral, Closed, Cancelled, Reopen,
    ];

    public static string Basic(RequestStatus status) => RequestStatuses.Open.Contains(status) ? "open" : "closed";

    public static string Extended(RequestStatus status) => status switch
    {
        RequestStatus.New or RequestStatus.Returned => Investigating,
        RequestStatus.Dispatched => InternalReferral,
        RequestStatus.Accepted or RequestStatus.OnHold => ActionScheduled,
        RequestStatus.InProgress => InProgress,
        RequestStatus.Resolved => Fixed,
        RequestStatus.Closed => Closed,
        RequestStatus.Rejected => NoFurtherAction,
        RequestStatus.Reopened => Reopen,
        RequestStatus.Cancelled => Cancelled,
        _ => Investigating,
    };
}
