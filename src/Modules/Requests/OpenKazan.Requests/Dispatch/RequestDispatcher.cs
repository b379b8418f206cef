using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Registry.Domain;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.History;
using OpenKazan.Requests.Notifications;
using OpenKazan.Requests.Workflow;

namespace OpenKazan.Requests.Dispatch;

/// <summary>Applies <see cref="DispatchRules"/> to a new request and records the decision with its reason.</summary>
public sealed class RequestDispatcher(TenantScopedDbContext db, RequestJournal journal, NotificationWriter notifications, TimeProvider time)
{
    /// <summary>Routes a new request; intake has already read its building and category, so they are passed in.</summary>
    public async Task<DispatchOutcome> DispatchAsync(ServiceRequest request, Building place, ServiceCategory kind, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(place);
        ArgumentNullException.ThrowIfNull(kind);
        var building = new BuildingFacts(place.Id, place.DistrictId, place.ManagingOrganisationId);
        var category = new CategoryFacts(kind.Id, kind.ParentId);
        var map = await db.Set<Responsibility>().AsNoTracking()
            .Where(r => r.CategoryId == category.Id || r.CategoryId == category.ParentId)
            .Where(r => r.BuildingId == null || r.BuildingId == building.Id)
            .Select(r => new ResponsibilityRow(r.CategoryId, r.DistrictId, r.BuildingId, r.OrganisationId))
            .ToListAsync(ct);
        var outcome = DispatchRules.Route(building, category, map);
        Decide(request, outcome.OrganisationId, outcome.Rule, outcome.Reason, Actor.System);
        if (outcome.OrganisationId is not null)
        {
            var from = request.Status;
            request.Status = RequestWorkflow.Decide(new TransitionInput(from, WorkflowAction.Dispatch, ActorRole.System, Now)).To!.Value;
            journal.Record(request, RequestEventKinds.Dispatched, Actor.System, from, request.Status, outcome.Reason);
            notifications.ToResident(request, NotificationTemplates.StatusChanged);
        }
        else
        {
            journal.Record(request, RequestEventKinds.Dispatched, Actor.System, request.Status, request.Status, outcome.Reason);
        }

        return outcome;
    }

    /// <summary>Records a routing decision and assigns the organisation (null: the dispatcher's queue).</summary>
    public void Decide(ServiceRequest request, Guid? organisationId, DispatchRule rule, string reason, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        request.OrganisationId = organisationId;
        db.Add(new DispatchDecision
        {
            RequestId = request.Id,
            OrganisationId = organisationId,
            Rule = rule.ToString(),
            Reason = reason,
            ActorId = actor.Id,
            At = Now,
        });
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;
}
