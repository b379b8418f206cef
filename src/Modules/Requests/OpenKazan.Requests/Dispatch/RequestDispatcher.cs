using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Registry.Contracts;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.History;
using OpenKazan.Requests.Transitions;
using OpenKazan.Requests.Workflow;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Requests.Dispatch;

/// <summary>
/// Applies <see cref="DispatchRules"/> to a new request and records the decision with its reason; the move to
/// Dispatched goes through <see cref="RequestCommands"/> like every other state change.
/// </summary>
public sealed class RequestDispatcher(TenantScopedDbContext db, DispatchDecisions decisions, RequestCommands commands, RequestJournal journal)
{
    /// <summary>Routes a new request in the unit of work that files it; intake has already read its building and category.</summary>
    public async Task<DispatchOutcome> DispatchAsync(ServiceRequest request, BuildingPlace place, CategoryRecord kind, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(place);
        ArgumentNullException.ThrowIfNull(kind);
        var building = new BuildingFacts(place.Id, place.DistrictId, place.ManagingOrganisationId);
        var category = new CategoryFacts(kind.Id, kind.ParentId);
        var map = (await db.ResponsibilitiesForAsync(category.Id, category.ParentId, building.Id, ct))
            .Select(r => new ResponsibilityRow(r.CategoryId, r.DistrictId, r.BuildingId, r.OrganisationId));
        var outcome = DispatchRules.Route(building, category, map);
        decisions.Record(request, outcome.OrganisationId, outcome.Rule, outcome.Reason, Actor.System);
        if (outcome.OrganisationId is not null)
        {
            await commands.ApplyInUnitOfWorkAsync(request, WorkflowAction.Dispatch, RequestActor.System, new TransitionCommand(outcome.Reason), ct);
        }
        else
        {
            journal.Record(request, RequestEventKinds.Dispatched, Actor.System, request.Status, request.Status, outcome.Reason);
        }

        return outcome;
    }
}
