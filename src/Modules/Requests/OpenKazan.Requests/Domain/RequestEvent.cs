using OpenKazan.BuildingBlocks.Caching;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Requests.Domain;

/// <summary>One immutable line of a request's history: who did what, when, from which status to which, and why.</summary>
public sealed class RequestEvent : ITenantOwned, IPublicRequestData
{
    public Guid Id { get; set; } = OrderedIds.Next();

    public Guid TenantId { get; set; }

    public Guid RequestId { get; set; }

    public DateTime At { get; set; }

    public required string Kind { get; set; }

    public RequestStatus? FromStatus { get; set; }

    public RequestStatus? ToStatus { get; set; }

    public Guid? ActorId { get; set; }

    public string? ActorName { get; set; }

    /// <summary>The role the actor acted in (Resident, Operator, Organisation, System…).</summary>
    public required string ActorRole { get; set; }

    public string? Reason { get; set; }

    public RequestChannel? Channel { get; set; }

    public Guid? OrganisationId { get; set; }
}
