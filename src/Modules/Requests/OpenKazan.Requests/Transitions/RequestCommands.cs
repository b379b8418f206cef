using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Registry.Contracts;
using OpenKazan.Requests.Comments;
using OpenKazan.Requests.Deadlines;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.History;
using OpenKazan.Requests.Lookup;
using OpenKazan.Requests.Notifications;
using OpenKazan.Requests.Workflow;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Requests.Transitions;

/// <summary>
/// The one path of a request's state change (see <see cref="IRequestCommands"/>), and the only caller of
/// <see cref="RequestWorkflow.Decide"/>: the decision is asked in each capacity the actor holds, with the facts the
/// rules need (report photos, reopen window, auto-close period) read here, never by the caller.
/// </summary>
public sealed class RequestCommands(
    TenantScopedDbContext db, TransitionEffects effects, RequestDeadlines deadlines, RequestJournal journal,
    NotificationWriter notifications, CommentWriter comments, TimeProvider time) : IRequestCommands
{
    /// <summary>Concurrent writers retry on a version conflict; after this many the caller is told to try again.</summary>
    private const int Attempts = 8;

    public async Task<TransitionOutcome> ApplyAsync(
        Guid requestId, WorkflowAction action, RequestActor actor, TransitionCommand input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        if (input.Reason?.Length > RequestText.MaxLength || input.Report?.Length > RequestText.MaxLength)
        {
            return new(null, TransitionFailure.TooLong);
        }

        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            db.ChangeTracker.Clear();
            var request = await actor.Reach(db.Set<ServiceRequest>()).SingleOrDefaultAsync(r => r.Id == requestId, ct);
            if (request is null)
            {
                return new(null, TransitionFailure.NotFound);
            }

            if (input.ExpectedVersion is { } version && version != request.Version)
            {
                return new(null, TransitionFailure.StaleVersion, CurrentVersion: request.Version);
            }

            var seen = request.Version;
            var (result, recorded) = await ApplyInUnitOfWorkAsync(request, action, actor, input, ct);
            if (!result.Allowed)
            {
                return new(null, TransitionFailure.Refused, result);
            }

            try
            {
                await db.SaveChangesAsync(ct);
                var stages = await db.Set<RequestDeadline>().AsNoTracking().Where(d => d.RequestId == requestId).ToListAsync(ct);
                return new(RequestDto.From(request, stages), TransitionFailure.None, Recorded: RecordedEvent.Of(recorded!));
            }
            catch (DbUpdateException e)
            {
                // Someone else changed the request between our read and our write: decide again on the fresh state. The
                // other writer's same move may also have taken a one-of-a-kind row first (a stage's duration), which
                // the database refuses before the version check; that is the same conflict, unless the request is unchanged.
                if (e is not DbUpdateConcurrencyException && !await ChangedSinceAsync(requestId, seen, ct))
                {
                    throw;
                }
            }
        }

        return new(null, TransitionFailure.Busy);
    }

    public Task<CommentOutcome> CommentAsync(Guid requestId, RequestActor author, string text, CancellationToken ct) =>
        comments.AddForPartyAsync(requestId, author, text, ct);

    private async Task<bool> ChangedSinceAsync(Guid requestId, long seen, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var current = await db.Set<ServiceRequest>().AsNoTracking().Where(r => r.Id == requestId).Select(r => (long?)r.Version).SingleOrDefaultAsync(ct);
        return current != seen;
    }

    /// <summary>
    /// The same decision, effects, history and notification on a request already in the caller's unit of work, saved by
    /// the caller: intake dispatches a new request in the transaction that files it.
    /// </summary>
    internal async Task<(TransitionResult Result, RequestEvent? Recorded)> ApplyInUnitOfWorkAsync(
        ServiceRequest request, WorkflowAction action, RequestActor actor, TransitionCommand command, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var input = await WithFactsAsync(new TransitionInput(request.Status, action, ActorRole.System, now, request.HeldFrom, request.ResolvedAt,
            command.Reason, command.Report), request, ct);
        var (capacity, result) = Decide(input, actor.CapacitiesTowards(request));
        if (!result.Allowed)
        {
            return (result, null);
        }

        if (action == WorkflowAction.Reroute && !await OrganisationExistsAsync(command.OrganisationId, ct))
        {
            return (TransitionResult.Fail(TransitionError.InvalidInput, "Choose an organisation of this city to re-route to."), null);
        }

        var person = actor.InHistory(capacity);
        var from = request.Status;
        request.Status = result.To!.Value;
        await effects.ApplyAsync(request, action, from, person, command, now, ct);
        request.PlaceInQueue(await deadlines.CurrentAsync(request.Id, ct));
        request.Touch();
        var recorded = journal.Record(request, KindOf(action), person, from, request.Status, input.Reason ?? input.Report);

        // A routing note is for staff: the resident hears only where the request now stands.
        notifications.ToResident(request, NotificationTemplates.StatusChanged, action == WorkflowAction.Dispatch ? null : input.Reason);
        return (result, recorded);
    }

    /// <summary>The first capacity in which the workflow allows the action, or the most telling refusal.</summary>
    private static (ActorRole Capacity, TransitionResult Result) Decide(TransitionInput input, IReadOnlyList<ActorRole> capacities)
    {
        var decisions = capacities.Select(c => (Capacity: c, Result: RequestWorkflow.Decide(input with { Actor = c }))).ToList();
        if (decisions.FirstOrDefault(d => d.Result.Allowed) is { Result: not null } chosen)
        {
            return chosen;
        }

        var refusal = decisions.Select(d => d.Result).OrderBy(r => Severity(r.Error)).FirstOrDefault()
            ?? TransitionResult.Fail(TransitionError.NotPermitted, "You have no part in this request.");
        return (ActorRole.System, refusal);
    }

    private async Task<TransitionInput> WithFactsAsync(TransitionInput input, ServiceRequest request, CancellationToken ct)
    {
        if (input.Action == WorkflowAction.Resolve)
        {
            var photoRequired = await db.CategoryRecordAsync(request.CategoryId, ct) is { PhotoRequired: true };
            var photos = await db.Set<RequestAttachment>()
                .CountAsync(a => a.RequestId == request.Id && a.IsReport && a.ContentType.StartsWith("image/"), ct);
            return input with { PhotoRequired = photoRequired, ReportPhotos = photos };
        }

        if (input.Action is WorkflowAction.Reopen or WorkflowAction.AutoClose && request.ResolvedAt is not null)
        {
            var plan = await deadlines.PlanAsync(request, ct);
            return input.Action == WorkflowAction.Reopen
                ? input with { ReopenWindow = plan.ReopenWindow }
                : input with
                {
                    AutoCloseAfter = plan.AutoCloseAfter,
                    Reason = input.Reason ?? $"No answer from the resident within {plan.AutoCloseAfter.TotalDays:0} days.",
                };
        }

        return input;
    }

    private async Task<bool> OrganisationExistsAsync(Guid? organisationId, CancellationToken ct) =>
        organisationId is { } id && await db.OrganisationExistsAsync(id, ct);

    private static string KindOf(WorkflowAction action) => action switch
    {
        WorkflowAction.Dispatch => RequestEventKinds.Dispatched,
        WorkflowAction.Reroute => RequestEventKinds.Rerouted,
        _ => RequestEventKinds.StatusChanged,
    };

    private static int Severity(TransitionError error) => error switch
    {
        TransitionError.InvalidInput or TransitionError.ReasonRequired => 0,
        TransitionError.Expired or TransitionError.TooEarly => 1,
        TransitionError.NotAllowedInStatus => 2,
        _ => 3,
    };
}
