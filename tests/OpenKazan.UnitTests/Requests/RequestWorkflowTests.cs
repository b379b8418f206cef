using OpenKazan.Requests.Domain;
using OpenKazan.Requests.Workflow;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.UnitTests.Requests;

/// <summary>
/// Every (status, action, actor) combination against the specification below: the allowed ones move to the
/// expected status, every other one is refused. A change to the machine must change this table too.
/// </summary>
public sealed class RequestWorkflowTests
{
    private static readonly DateTime Now = new(2026, 11, 30, 10, 0, 0, DateTimeKind.Utc);

    private static readonly ActorRole[] Org = [ActorRole.Organisation];
    private static readonly ActorRole[] ResidentSide = [ActorRole.Resident, ActorRole.Operator];

    /// <summary>The specification: from, action → to (null: back to where it was held from), and who may.</summary>
    private static readonly Dictionary<(RequestStatus, WorkflowAction), (RequestStatus? To, ActorRole[] Actors)> Allowed = new()
    {
        [(RequestStatus.New, WorkflowAction.Dispatch)] = (RequestStatus.Dispatched, [ActorRole.System, ActorRole.Dispatcher]),
        [(RequestStatus.New, WorkflowAction.Reroute)] = (RequestStatus.Dispatched, [ActorRole.Dispatcher]),
        [(RequestStatus.Dispatched, WorkflowAction.Reroute)] = (RequestStatus.Dispatched, [ActorRole.Dispatcher]),
        [(RequestStatus.Accepted, WorkflowAction.Reroute)] = (RequestStatus.Dispatched, [ActorRole.Dispatcher]),
        [(RequestStatus.Returned, WorkflowAction.Reroute)] = (RequestStatus.Dispatched, [ActorRole.Dispatcher]),
        [(RequestStatus.Reopened, WorkflowAction.Reroute)] = (RequestStatus.Dispatched, [ActorRole.Dispatcher]),
        [(RequestStatus.Dispatched, WorkflowAction.Accept)] = (RequestStatus.Accepted, Org),
        [(RequestStatus.Reopened, WorkflowAction.Accept)] = (RequestStatus.Accepted, Org),
        [(RequestStatus.Accepted, WorkflowAction.Start)] = (RequestStatus.InProgress, Org),
        [(RequestStatus.Accepted, WorkflowAction.Hold)] = (RequestStatus.OnHold, [ActorRole.Organisation, ActorRole.Dispatcher]),
        [(RequestStatus.InProgress, WorkflowAction.Hold)] = (RequestStatus.OnHold, [ActorRole.Organisation, ActorRole.Dispatcher]),
        [(RequestStatus.OnHold, WorkflowAction.Resume)] = (null, [ActorRole.Organisation, ActorRole.Dispatcher]),
        [(RequestStatus.InProgress, WorkflowAction.Resolve)] = (RequestStatus.Resolved, Org),
        [(RequestStatus.Resolved, WorkflowAction.Confirm)] = (RequestStatus.Closed, ResidentSide),
        [(RequestStatus.Resolved, WorkflowAction.AutoClose)] = (RequestStatus.Closed, [ActorRole.System]),
        [(RequestStatus.Resolved, WorkflowAction.Reopen)] = (RequestStatus.Reopened, ResidentSide),
        [(RequestStatus.Closed, WorkflowAction.Reopen)] = (RequestStatus.Reopened, ResidentSide),
        [(RequestStatus.New, WorkflowAction.Cancel)] = (RequestStatus.Cancelled, ResidentSide),
        [(RequestStatus.Dispatched, WorkflowAction.Cancel)] = (RequestStatus.Cancelled, ResidentSide),
        [(RequestStatus.Returned, WorkflowAction.Cancel)] = (RequestStatus.Cancelled, ResidentSide),
        [(RequestStatus.Accepted, WorkflowAction.Cancel)] = (RequestStatus.Cancelled, ResidentSide),
        [(RequestStatus.InProgress, WorkflowAction.Cancel)] = (RequestStatus.Cancelled, ResidentSide),
        [(RequestStatus.OnHold, WorkflowAction.Cancel)] = (RequestStatus.Cancelled, ResidentSide),
        [(RequestStatus.New, WorkflowAction.Reject)] = (RequestStatus.Rejected, [ActorRole.Dispatcher]),
        [(RequestStatus.Returned, WorkflowAction.Reject)] = (RequestStatus.Rejected, [ActorRole.Dispatcher]),
        [(RequestStatus.Reopened, WorkflowAction.Reject)] = (RequestStatus.Rejected, [ActorRole.Dispatcher]),
        [(RequestStatus.Dispatched, WorkflowAction.Reject)] = (RequestStatus.Rejected, [ActorRole.Dispatcher, ActorRole.Organisation]),
        [(RequestStatus.Accepted, WorkflowAction.Reject)] = (RequestStatus.Rejected, [ActorRole.Dispatcher, ActorRole.Organisation]),
        [(RequestStatus.Dispatched, WorkflowAction.Return)] = (RequestStatus.Returned, Org),
        [(RequestStatus.Accepted, WorkflowAction.Return)] = (RequestStatus.Returned, Org),
    };

    public static TheoryData<RequestStatus, WorkflowAction, ActorRole> EveryCombination()
    {
        var data = new TheoryData<RequestStatus, WorkflowAction, ActorRole>();
        foreach (var status in Enum.GetValues<RequestStatus>())
        {
            foreach (var action in Enum.GetValues<WorkflowAction>())
            {
                foreach (var actor in Enum.GetValues<ActorRole>())
                {
                    data.Add(status, action, actor);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCombination))]
    public void Each_combination_is_allowed_exactly_when_the_specification_says_so(RequestStatus status, WorkflowAction action, ActorRole actor)
    {
        var result = RequestWorkflow.Decide(ValidInput(status, action, actor));

        if (Allowed.TryGetValue((status, action), out var rule) && rule.Actors.Contains(actor))
        {
            Assert.True(result.Allowed, result.Detail);
            Assert.Equal(rule.To ?? RequestStatus.InProgress, result.To);
        }
        else
        {
            Assert.False(result.Allowed);
            Assert.Null(result.To);
            Assert.Equal(Allowed.ContainsKey((status, action)) ? TransitionError.NotPermitted : TransitionError.NotAllowedInStatus, result.Error);
        }
    }

    [Theory]
    [MemberData(nameof(EveryCombination))]
    public void An_action_is_offered_exactly_when_the_specification_allows_it(RequestStatus status, WorkflowAction action, ActorRole actor)
    {
        var allowed = Allowed.TryGetValue((status, action), out var rule) && rule.Actors.Contains(actor);

        Assert.Equal(allowed, RequestWorkflow.Offers(status, action, [actor]));
    }

    [Fact]
    public void The_machine_has_exactly_the_rules_of_the_specification()
    {
        var machine = RequestWorkflow.AllRules.Select(r => (r.From, r.Action)).ToHashSet();
        Assert.Equal(Allowed.Keys.ToHashSet(), machine);
    }

    [Fact]
    public void Resuming_returns_to_the_status_the_request_was_held_from()
    {
        var result = RequestWorkflow.Decide(new TransitionInput(RequestStatus.OnHold, WorkflowAction.Resume, ActorRole.Organisation, Now, HeldFrom: RequestStatus.Accepted));

        Assert.Equal(RequestStatus.Accepted, result.To);
    }

    [Theory]
    [InlineData(WorkflowAction.Reroute, RequestStatus.New, ActorRole.Dispatcher)]
    [InlineData(WorkflowAction.Hold, RequestStatus.InProgress, ActorRole.Organisation)]
    [InlineData(WorkflowAction.Reopen, RequestStatus.Resolved, ActorRole.Resident)]
    [InlineData(WorkflowAction.Reject, RequestStatus.New, ActorRole.Dispatcher)]
    [InlineData(WorkflowAction.Return, RequestStatus.Dispatched, ActorRole.Organisation)]
    [InlineData(WorkflowAction.Cancel, RequestStatus.InProgress, ActorRole.Resident)]
    [InlineData(WorkflowAction.Cancel, RequestStatus.New, ActorRole.Operator)]
    public void Actions_that_need_a_reason_are_refused_without_one(WorkflowAction action, RequestStatus status, ActorRole actor)
    {
        var input = ValidInput(status, action, actor) with { Reason = "  " };

        Assert.Equal(TransitionError.ReasonRequired, RequestWorkflow.Decide(input).Error);
    }

    [Fact]
    public void Resolving_needs_a_report_and_photos_where_the_category_requires_them()
    {
        var input = new TransitionInput(RequestStatus.InProgress, WorkflowAction.Resolve, ActorRole.Organisation, Now, Report: "Done");

        Assert.Equal(TransitionError.InvalidInput, RequestWorkflow.Decide(input with { Report = null }).Error);
        Assert.Equal(TransitionError.InvalidInput, RequestWorkflow.Decide(input with { PhotoRequired = true }).Error);
        Assert.True(RequestWorkflow.Decide(input with { PhotoRequired = true, ReportPhotos = 1 }).Allowed);
    }

    [Fact]
    public void Reopening_is_possible_only_within_the_window_after_resolution()
    {
        var input = new TransitionInput(RequestStatus.Resolved, WorkflowAction.Reopen, ActorRole.Resident, Now,
            ResolvedAt: Now.AddDays(-14), Reason: "Again broken", ReopenWindow: TimeSpan.FromDays(14));

        Assert.True(RequestWorkflow.Decide(input).Allowed);
        Assert.Equal(TransitionError.Expired, RequestWorkflow.Decide(input with { ResolvedAt = Now.AddDays(-14).AddMinutes(-1) }).Error);
    }

    [Fact]
    public void The_system_closes_for_the_resident_only_after_the_auto_close_period()
    {
        var input = new TransitionInput(RequestStatus.Resolved, WorkflowAction.AutoClose, ActorRole.System, Now,
            ResolvedAt: Now.AddDays(-7), AutoCloseAfter: TimeSpan.FromDays(7));

        Assert.Equal(RequestStatus.Closed, RequestWorkflow.Decide(input).To);
        Assert.Equal(TransitionError.TooEarly, RequestWorkflow.Decide(input with { ResolvedAt = Now.AddDays(-7).AddMinutes(1) }).Error);
    }

    /// <summary>Input that satisfies every guard, so only the table decides.</summary>
    private static TransitionInput ValidInput(RequestStatus status, WorkflowAction action, ActorRole actor) =>
        new(status, action, actor, Now, HeldFrom: RequestStatus.InProgress, ResolvedAt: Now.AddDays(-1), Reason: "Because",
            Report: "Done", ReportPhotos: 1, PhotoRequired: true, ReopenWindow: TimeSpan.FromDays(14));
}
