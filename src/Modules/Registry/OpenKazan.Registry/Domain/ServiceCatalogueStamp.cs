using OpenKazan.BuildingBlocks.Persistence;

namespace OpenKazan.Registry.Domain;

/// <summary>
/// When the city's service categories last changed (added, edited, deleted, imported): Open311 discovery reports it
/// as its <c>changeset</c>, so a client knows to fetch the services again. One row per city.
/// </summary>
internal sealed class ServiceCatalogueStamp : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public DateTime ChangedAt { get; set; }
}
