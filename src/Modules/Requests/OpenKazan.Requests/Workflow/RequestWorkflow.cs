using OpenKazan.Requests.Domain;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Requests.Workflow;

/// <summary>What a transition needs to know besides the current status; all of it is plain data so the machine stays pure.</summary>
public sealed record TransitionInput(
    RequestStatus Status,
    WorkflowAction Action,
    ActorRole Actor,
    DateTime Now,
    RequestStatus? HeldFrom = null,
    DateTime? ResolvedAt = null,
    string? Reason = null,
    string? Report = null,
    int ReportPhotos = 0,
    bool PhotoRequired = false,
    TimeSpan? ReopenWindow = null,
    TimeSpan? AutoCloseAfter = null);

public enum TransitionError
{
    None,

    /// <summary>The action does not exist from this status (answered 409).</summary>
    NotAllowedInStatus,

    /// <summary>This actor may not take this action (answered 403).</summary>
    NotPermitted,

    /// <summary>Input is missing or wrong: report, photos, organisation (answered 400).</summary>
    InvalidInput,

    /// <summary>The action must say why and no reason was given (answered 400).</summary>
    ReasonRequired,

    /// <summary>Too late: e.g. reopening after the window (answered 409).</summary>
    Expired,

    /// <summary>Too early: e.g. closing for the resident before the auto-close period has passed (answered 409).</summary>
    TooEarly,
}

public sealed record TransitionResult(RequestStatus? To, TransitionError Error, string? Detail)
{
    public bool Allowed => Error == TransitionError.None;

    public static TransitionResult Ok(RequestStatus to) => new(to, TransitionError.None, null);

    public static TransitionResult Fail(TransitionError error, string detail) => new(null, error, detail);
}

/// <summary>
/// The one state machine of a request. Every allowed move is a row of <see cref="Rules"/>; anything else is refused.
/// Who the actor is towards the request (owner, assigned organisation) is decided before, by <c>RequestActors</c>.
/// </summary>
public static class RequestWorkflow
{
    private sealed record Rule(RequestStatus? To, ActorRole[] Actors);

    private static readonly ActorRole[] Org = [ActorRole.Organisation];
    private static readonly ActorRole[] ResidentSide = [ActorRole.Resident, ActorRole.Operator];

    private static readonly Dictionary<(RequestStatus, WorkflowAction), Rule> Rules = Build();

    /// <summary>Actions that must say why (history and the resident will read it), whichever channel takes them.</summary>
    private static readonly HashSet<WorkflowAction> NeedReason =
        [WorkflowAction.Reroute, WorkflowAction.Hold, WorkflowAction.Reopen, WorkflowAction.Reject, WorkflowAction.Return, WorkflowAction.Cancel];

    public static IEnumerable<(RequestStatus From, WorkflowAction Action, RequestStatus? To, IReadOnlyList<ActorRole> Actors)> AllRules =>
        Rules.Select(r => (r.Key.Item1, r.Key.Item2, r.Value.To, (IReadOnlyList<ActorRole>)r.Value.Actors));

    /// <summary>
    /// Whether the action exists from this status for one of these capacities: what a page offers as a button.
    /// Inputs such as a reason or the reopen window are checked when the action is taken.
    /// </summary>
    public static bool Offers(RequestStatus status, WorkflowAction action, IEnumerable<ActorRole> actors) =>
        Rules.TryGetValue((status, action), out var rule) && actors.Any(rule.Actors.Contains);

    public static TransitionResult Decide(TransitionInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!Rules.TryGetValue((input.Status, input.Action), out var rule))
        {
            return TransitionResult.Fail(TransitionError.NotAllowedInStatus, $"{input.Action} is not possible while the request is {input.Status}.");
        }

        if (!rule.Actors.Contains(input.Actor))
        {
            return TransitionResult.Fail(TransitionError.NotPermitted, $"{input.Actor} may not {input.Action} a request.");
        }

        if (NeedReason.Contains(input.Action) && string.IsNullOrWhiteSpace(input.Reason))
        {
            return TransitionResult.Fail(TransitionError.ReasonRequired, $"{input.Action} needs a reason.");
        }

        return input.Action switch
        {
            WorkflowAction.Resolve => CheckReport(input, rule),
            WorkflowAction.Reopen => CheckReopenWindow(input, rule),
            WorkflowAction.AutoClose => CheckAutoClosePeriod(input, rule),
            WorkflowAction.Resume => input.HeldFrom is { } back
                ? TransitionResult.Ok(back)
                : TransitionResult.Fail(TransitionError.NotAllowedInStatus, "The request does not know where it was held from."),
            _ => TransitionResult.Ok(rule.To!.Value),
        };
    }

    private static TransitionResult CheckReport(TransitionInput input, Rule rule)
    {
        if (string.IsNullOrWhiteSpace(input.Report))
        {
            return TransitionResult.Fail(TransitionError.InvalidInput, "Resolving needs a report of the work done.");
        }

        return input.PhotoRequired && input.ReportPhotos == 0
            ? TransitionResult.Fail(TransitionError.InvalidInput, "This category needs at least one photo of the result.")
            : TransitionResult.Ok(rule.To!.Value);
    }

    private static TransitionResult CheckReopenWindow(TransitionInput input, Rule rule)
    {
        var window = input.ReopenWindow ?? TimeSpan.Zero;
        return input.ResolvedAt is { } resolved && input.Now - resolved <= window
            ? TransitionResult.Ok(rule.To!.Value)
            : TransitionResult.Fail(TransitionError.Expired, $"A request can be reopened only within {window.TotalDays:0} days of its resolution.");
    }

    /// <summary>The system closes for the resident only once the resident had the whole period to confirm or reopen.</summary>
    private static TransitionResult CheckAutoClosePeriod(TransitionInput input, Rule rule)
    {
        var period = input.AutoCloseAfter ?? TimeSpan.Zero;
        return input.ResolvedAt is { } resolved && input.Now - resolved >= period
            ? TransitionResult.Ok(rule.To!.Value)
            : TransitionResult.Fail(TransitionError.TooEarly, $"A resolved request is closed for the resident only {period.TotalDays:0} days after its resolution.");
    }

    private static Dictionary<(RequestStatus, WorkflowAction), Rule> Build()
    {
        var rules = new Dictionary<(RequestStatus, WorkflowAction), Rule>();
        void Add(WorkflowAction action, RequestStatus? to, ActorRole[] actors, params RequestStatus[] from)
        {
            foreach (var status in from)
            {
                rules.Add((status, action), new Rule(to, actors));
            }
        }

        Add(WorkflowAction.Dispatch, RequestStatus.Dispatched, [ActorRole.System, ActorRole.Dispatcher], RequestStatus.New);
        Add(WorkflowAction.Reroute, RequestStatus.Dispatched, [ActorRole.Dispatcher],
            RequestStatus.New, RequestStatus.Dispatched, RequestStatus.Accepted, RequestStatus.Returned, RequestStatus.Reopened);
        Add(WorkflowAction.Accept, RequestStatus.Accepted, Org, RequestStatus.Dispatched, RequestStatus.Reopened);
        Add(WorkflowAction.Start, RequestStatus.InProgress, Org, RequestStatus.Accepted);
        Add(WorkflowAction.Hold, RequestStatus.OnHold, [ActorRole.Organisation, ActorRole.Dispatcher], RequestStatus.Accepted, RequestStatus.InProgress);
        Add(WorkflowAction.Resume, null, [ActorRole.Organisation, ActorRole.Dispatcher], RequestStatus.OnHold);
        Add(WorkflowAction.Resolve, RequestStatus.Resolved, Org, RequestStatus.InProgress);
        Add(WorkflowAction.Confirm, RequestStatus.Closed, ResidentSide, RequestStatus.Resolved);
        Add(WorkflowAction.AutoClose, RequestStatus.Closed, [ActorRole.System], RequestStatus.Resolved);
        Add(WorkflowAction.Reopen, RequestStatus.Reopened, ResidentSide, RequestStatus.Resolved, RequestStatus.Closed);
        Add(WorkflowAction.Cancel, RequestStatus.Cancelled, ResidentSide,
            RequestStatus.New, RequestStatus.Dispatched, RequestStatus.Returned, RequestStatus.Accepted, RequestStatus.InProgress, RequestStatus.OnHold);
        Add(WorkflowAction.Reject, RequestStatus.Rejected, [ActorRole.Dispatcher],
            RequestStatus.New, RequestStatus.Returned, RequestStatus.Reopened);
        Add(WorkflowAction.Reject, RequestStatus.Rejected, [ActorRole.Dispatcher, ActorRole.Organisation],
            RequestStatus.Dispatched, RequestStatus.Accepted);
        Add(WorkflowAction.Return, RequestStatus.Returned, Org, RequestStatus.Dispatched, RequestStatus.Accepted);
        return rules;
    }
}
