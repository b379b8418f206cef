using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.History;

namespace OpenKazan.Requests.Dispatch;

/// <summary>Records a routing decision and assigns the organisation (null: the dispatcher's queue), in the caller's unit of work.</summary>
public sealed class DispatchDecisions(TenantScopedDbContext db, TimeProvider time)
{
    public void Record(ServiceRequest request, Guid? organisationId, DispatchRule rule, string reason, Actor actor)
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
            At = time.GetUtcNow().UtcDateTime,
        });
    }
}
