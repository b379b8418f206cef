namespace OpenKazan.BuildingBlocks.Persistence;

/// <summary>
/// Marks an entity that belongs to one city. The tenant-scoped DbContext filters, stamps and checks it;
/// the isolation test suite walks every type that implements it.
/// </summary>
public interface ITenantOwned
{
    Guid TenantId { get; set; }
}
