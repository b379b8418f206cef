using OpenKazan.Requests.Transitions;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Requests.Access;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.History;
using OpenKazan.Requests.Workflow;

namespace OpenKazan.Requests.Contracts;

/// <summary>
/// Who takes an action, as the one path needs to know it: which requests they reach, and in which capacities they act
/// on one. A signed-in person's capacities follow from their roles and the request; a channel that has vouched for its
/// party itself (a resident's Open311 client, the requester of a rating, the system) names the capacity.
/// </summary>
public sealed class RequestActor
{
    private readonly ICurrentUser? person;
    private readonly ActorRole? capacity;
    private readonly Guid? organisationId;

    private RequestActor(Guid? id, string? name, ICurrentUser? person, ActorRole? capacity, Guid? organisationId)
    {
        Id = id;
        Name = name;
        this.person = person;
        this.capacity = capacity;
        this.organisationId = organisationId;
    }

    public Guid? Id { get; }

    public string? Name { get; }

    public static RequestActor System { get; } = new(Actor.System.Id, Actor.System.Name, null, ActorRole.System, null);

    /// <summary>A signed-in person: reaches the requests they may see, and acts in every capacity they hold towards one.</summary>
    public static RequestActor Person(ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new(user.UserId, user.Name, user, null, null);
    }

    /// <summary>A party the channel has already vouched for, acting in the one capacity named.</summary>
    public static RequestActor Party(ActorRole capacity, string? name, Guid? id = null) => new(id, name, null, capacity, null);

    /// <summary>An organisation's integration: it acts as the organisation only while the request is assigned to it.</summary>
    public static RequestActor Organisation(Guid organisationId, string? name) => new(null, name, null, null, organisationId);

    internal IQueryable<ServiceRequest> Reach(IQueryable<ServiceRequest> requests) => person is null ? requests : requests.VisibleTo(person);

    internal IReadOnlyList<ActorRole> CapacitiesTowards(ServiceRequest request)
    {
        if (person is not null)
        {
            return RequestAccess.ActorsFor(person, request);
        }

        if (organisationId is { } organisation)
        {
            return request.OrganisationId == organisation ? [ActorRole.Organisation] : [];
        }

        return [capacity!.Value];
    }

    internal Actor InHistory(ActorRole role) => new(Id, Name, role);
}
