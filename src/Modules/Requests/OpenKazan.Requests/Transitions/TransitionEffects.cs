using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Requests.Deadlines;
using OpenKazan.Requests.Dispatch;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.History;
using OpenKazan.Requests.Workflow;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Requests.Transitions;

/// <summary>What an allowed move implies besides the new status: timestamps, pauses, stage deadlines, routing.</summary>
public sealed class TransitionEffects(TenantScopedDbContext db, RequestDeadlines deadlines, DispatchDecisions routing)
{
    public async Task ApplyAsync(
        ServiceRequest request, WorkflowAction action, RequestStatus from, Actor actor, TransitionCommand command, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(command);
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
                routing.Record(request, null, DispatchRule.Returned, command.Reason!, actor);
                break;
            case WorkflowAction.Reroute:
                routing.Record(request, command.OrganisationId, DispatchRule.Manual, command.Reason!, actor);
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
}
