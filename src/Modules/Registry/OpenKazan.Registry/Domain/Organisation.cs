using OpenKazan.BuildingBlocks;
using OpenKazan.BuildingBlocks.Caching;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Registry.Contracts;

namespace OpenKazan.Registry.Domain;

/// <summary>Anyone who can be responsible for a request: a managing organisation, a contractor, a supplier…</summary>
public sealed class Organisation : ITenantOwned, IPublicCityData
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public required string Code { get; set; }

    public OrganisationType Type { get; set; }

    public required LocalizedText Name { get; set; }

    public string? Inn { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public Guid? DistrictId { get; set; }
}
