using OpenKazan.BuildingBlocks;
using OpenKazan.BuildingBlocks.Caching;
using OpenKazan.BuildingBlocks.Persistence;

namespace OpenKazan.Registry.Domain;

public sealed class District : ITenantOwned, IPublicCityData
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public required string Code { get; set; }

    public required LocalizedText Name { get; set; }
}
