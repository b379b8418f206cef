using OpenKazan.BuildingBlocks.Persistence;

namespace OpenKazan.Requests.Domain;

/// <summary>Why a request went to an organisation (or to the dispatcher's queue): every routing step is kept.</summary>
internal sealed class DispatchDecision : ITenantOwned
{
    public Guid Id { get; set; } = OrderedIds.Next();

    public Guid TenantId { get; set; }

    public Guid RequestId { get; set; }

    public Guid? OrganisationId { get; set; }

    /// <summary>The rule that decided (BuildingRule, DistrictRule, CityRule, ManagingOrganisation, DispatcherQueue, Manual, Returned).</summary>
    public required string Rule { get; set; }

    public required string Reason { get; set; }

    public Guid? ActorId { get; set; }

    public DateTime At { get; set; }
}
