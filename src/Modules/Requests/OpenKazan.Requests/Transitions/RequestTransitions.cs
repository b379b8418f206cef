using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Registry.Domain;
using OpenKazan.Requests.Deadlines;
using OpenKazan.Requests.Dispatch;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.History;
using OpenKazan.Requests.Notifications;
using OpenKazan.Requests.Workflow;

namespace OpenKazan.Requests.Transitions;

/// <summary>What the caller adds to an action: a reason, a resolution report, the new organisation of a re-route.</summary>
public sealed record TransitionCommand(string? Reason = null, string? Report = null, Guid? OrganisationId = null);

/// <summary>
/// Applies one workflow action to a tracked request: asks <see cref="RequestWorkflow"/>, then does what the move
/// implies (timestamps, pauses, deadlines, routing), writes history and the resident's notification. Saving is the caller's.
/// </summary>
public sealed class RequestTransitions(
    TenantScopedDbContext db, RequestJournal journal, NotificationWriter notifications,
    RequestDeadlines deadlines, RequestDispatcher dispatcher, TimeProvider time)
{
    public async Task<TransitionResult> ApplyAsync(
        ServiceRequest request, WorkflowAction action, IReadOnlyList<ActorRole> capacities, Actor person, TransitionCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(capacities);
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(command);
        var now = time.GetUtcNow().UtcDateTime;
        var input = new TransitionInput(request.Status, action, ActorRole.System, now, request.HeldFrom, request.ResolvedAt,
            command.Reason, command.Report);
        input = await WithFactsAsync(input, request, ct);
        var decisions = capacities.Select(c => (Actor: c, Result: RequestWorkflow.Decide(input with { Actor = c }))).ToList();
        var chosen = decisions.FirstOrDefault(d => d.Result.Allowed);
        if (chosen.Result is null)
        {
            return decisions.Select(d => d.Result).OrderBy(r => Severity(r.Error)).FirstOrDefault()
                ?? TransitionResult.Fail(TransitionError.NotPermitted, "You have no part in this request.");
        }

        if (action == WorkflowAction.Reroute && !await OrganisationExistsAsync(command.OrganisationId, ct))
        {
            return TransitionResult.Fail(TransitionError.InvalidInput, "Choose an organisation of this city to re-route to.");
        }

        var actor = person with { Role = chosen.Actor };
        var from = request.Status;
        request.Status = chosen.Result.To!.Value;
        await ApplyEffectsAsync(request, action, from, actor, command, now, ct);
        request.PlaceInQueue(await deadlines.CurrentAsync(request.Id, ct));
        request.Touch();
        journal.Record(request, action == WorkflowAction.Reroute ? RequestEventKinds.Rerouted : RequestEventKinds.StatusChanged,
            actor, from, request.Status, command.Reason ?? command.Report);
        notifications.ToResident(request, NotificationTemplates.StatusChanged, command.Reason);
        return chosen.Result;
    }

    private async Task ApplyEffectsAsync(
        ServiceRequest request, WorkflowAction action, RequestStatus from, Actor actor, TransitionCommand command, DateTime now, CancellationToken ct)
    {
        switch (action)
        {
            case WorkflowAction.Accept:
                request.AcceptedAt = now;
                await deadlines.CompleteAsync(request, [SlaStages.Accept], ct);
                break;
            case WorkflowAction.Start:
                await deadlines.CompleteAsync(request, [SlaStages.Accept, SlaStages.Localise], ct);
                break;
            case WorkflowAction.Hold:
                request.HeldFrom = from;
                db.Add(new RequestPause { RequestId = request.Id, StartedAt = now, Reason = command.Reason });
                break;
            case WorkflowAction.Resume:
                request.HeldFrom = null;
                await ResumeClockAsync(request, now, ct);
                break;
            case WorkflowAction.Resolve:
                request.ResolvedAt = now;
                request.ResolutionReport = command.Report;
                await deadlines.CompleteAsync(request, [SlaStages.Accept, SlaStages.Localise, SlaStages.Resolve], ct);
                break;
            case WorkflowAction.Reopen:
                request.ReopenCount++;
                request.ClosedAt = null;
                break;
            case WorkflowAction.Confirm or WorkflowAction.AutoClose or WorkflowAction.Cancel or WorkflowAction.Reject:
                request.ClosedAt = now;
                break;
            case WorkflowAction.Return:
                dispatcher.Decide(request, null, DispatchRule.Returned, command.Reason!, actor);
                break;
            case WorkflowAction.Reroute:
                dispatcher.Decide(request, command.OrganisationId, DispatchRule.Manual, command.Reason!, actor);
                break;
        }
    }

    private async Task ResumeClockAsync(ServiceRequest request, DateTime now, CancellationToken ct)
    {
        var pauses = await db.Set<RequestPause>().Where(p => p.RequestId == request.Id).ToListAsync(ct);
        foreach (var open in pauses.Where(p => p.EndedAt is null))
        {
            open.EndedAt = now;
        }

        await deadlines.RecomputeAsync(request, pauses, ct);
    }

    private async Task<TransitionInput> WithFactsAsync(TransitionInput input, ServiceRequest request, CancellationToken ct)
    {
        if (input.Action == WorkflowAction.Resolve)
        {
            var photoRequired = await db.Set<ServiceCategory>().Where(c => c.Id == request.CategoryId).Select(c => c.PhotoRequired).SingleAsync(ct);
            var photos = await db.Set<RequestAttachment>()
                .CountAsync(a => a.RequestId == request.Id && a.IsReport && a.ContentType.StartsWith("image/"), ct);
            return input with { PhotoRequired = photoRequired, ReportPhotos = photos };
        }

        if (input.Action == WorkflowAction.Reopen && request.ResolvedAt is not null)
        {
            var plan = await deadlines.PlanAsync(request, ct);
            return input with { ReopenWindow = plan.ReopenWindow };
        }

        return input;
    }

    private async Task<bool> OrganisationExistsAsync(Guid? organisationId, CancellationToken ct) =>
        organisationId is { } id && await db.Set<Organisation>().AnyAsync(o => o.Id == id, ct);

    private static int Severity(TransitionError error) => error switch
    {
        TransitionError.InvalidInput or TransitionError.ReasonRequired => 0,
        TransitionError.Expired => 1,
        TransitionError.NotAllowedInStatus => 2,
        _ => 3,
    };
}
