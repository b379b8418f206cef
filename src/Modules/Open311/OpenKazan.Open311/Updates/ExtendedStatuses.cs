using OpenKazan.Requests.Contracts;

namespace OpenKazan.Open311.Updates;

/// <summary>
/// Our workflow statuses in the words of GeoReport v2: the basic <c>open</c>/<c>closed</c>, and the extended statuses
/// of the service request updates extension as FixMyStreet reads them (lower-cased, underscores as spaces: <c>FIXED</c>
/// becomes "fixed - council", <c>NO_FURTHER_ACTION</c> "unable to fix", <c>OPEN</c> "confirmed", <c>CLOSED</c> "closed").
/// An open request never carries a status FixMyStreet counts as closed: routing is <c>INVESTIGATING</c>, never
/// <c>INTERNAL_REFERRAL</c>, which FixMyStreet shows as a closed report.
/// </summary>
internal static class ExtendedStatuses
{
    public const string Open = "OPEN";
    public const string Investigating = "INVESTIGATING";
    public const string InProgress = "IN_PROGRESS";
    public const string ActionScheduled = "ACTION_SCHEDULED";
    public const string Fixed = "FIXED";
    public const string Duplicate = "DUPLICATE";
    public const string NotCouncilsResponsibility = "NOT_COUNCILS_RESPONSIBILITY";
    public const string NoFurtherAction = "NO_FURTHER_ACTION";
    public const string InternalReferral = "INTERNAL_REFERRAL";
    public const string Closed = "CLOSED";
    public const string Reopen = "REOPEN";

    /// <summary>The statuses this server publishes.</summary>
    public static IReadOnlyList<string> Published { get; } =
        [Open, Investigating, ActionScheduled, InProgress, Fixed, NoFurtherAction, Closed];

    /// <summary>Published statuses under which a request is still being worked on (FixMyStreet shows it open).</summary>
    public static IReadOnlyList<string> OpenOnes { get; } = [Open, Investigating, ActionScheduled, InProgress];

    public static string Basic(RequestStatus status) => RequestStatuses.Open.Contains(status) ? "open" : "closed";

    /// <summary>
    /// Resolved and closed (confirmed) are fixed; rejected is "no further action"; cancelled (withdrawn by the resident)
    /// is plain <c>CLOSED</c>, so neither reads as fixed.
    /// </summary>
    public static string Extended(RequestStatus status) => status switch
    {
        RequestStatus.New or RequestStatus.Reopened => Open,
        RequestStatus.Dispatched or RequestStatus.Returned => Investigating,
        RequestStatus.Accepted or RequestStatus.OnHold => ActionScheduled,
        RequestStatus.InProgress => InProgress,
        RequestStatus.Resolved or RequestStatus.Closed => Fixed,
        RequestStatus.Rejected => NoFurtherAction,
        RequestStatus.Cancelled => Closed,
        _ => Investigating,
    };
}
