using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.Workflow;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Requests.History;

/// <summary>Who acts: a person (with the capacity they act in) or the system itself.</summary>
public sealed record Actor(Guid? Id, string? Name, ActorRole Role)
{
    public static Actor System { get; } = new(null, "OpenKazan", ActorRole.System);
}

/// <summary>
/// Appends immutable history events to the caller's unit of work, each with a <see cref="RequestChange"/> for the
/// readers of changes. Events are only ever added, never changed.
/// </summary>
public sealed class RequestJournal(TenantScopedDbContext db, TimeProvider time)
{
    public RequestEvent Record(
        ServiceRequest request, string kind, Actor actor, RequestStatus? from = null, RequestStatus? to = null,
        string? reason = null, RequestChannel? channel = null, Guid? organisationId = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        var entry = new RequestEvent
        {
            RequestId = request.Id,
            At = time.GetUtcNow().UtcDateTime,
            Kind = kind,
            FromStatus = from,
            ToStatus = to,
            ActorId = actor.Id,
            ActorName = actor.Name,
            ActorRole = actor.Role.ToString(),
            Reason = reason,
            Channel = channel,
            OrganisationId = organisationId ?? request.OrganisationId,
        };
        db.Add(entry);
        db.MarkRequestChanged(request.Id);
        return entry;
    }
}
