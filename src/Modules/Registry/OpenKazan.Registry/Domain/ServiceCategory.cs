using OpenKazan.BuildingBlocks;
using OpenKazan.BuildingBlocks.Caching;
using OpenKazan.BuildingBlocks.Persistence;

namespace OpenKazan.Registry.Domain;

/// <summary>What a request is about; a two-level hierarchy whose emergency flag sets the request's priority.</summary>
public sealed class ServiceCategory : ITenantOwned, IPublicCityData
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public required string Code { get; set; }

    public Guid? ParentId { get; set; }

    public required LocalizedText Name { get; set; }

    public bool IsEmergency { get; set; }

    public bool PhotoRequired { get; set; }

    /// <summary>The analytics group (heating, water, lift…).</summary>
    public required string Group { get; set; }
}
