using OpenKazan.BuildingBlocks.Persistence;

namespace OpenKazan.Registry.Domain;

/// <summary>
/// A row of the responsibility map: which organisation handles a category city-wide, in a district or in one
/// building. The most specific row wins.
/// </summary>
public sealed class Responsibility : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid CategoryId { get; set; }

    public Guid? DistrictId { get; set; }

    public Guid? BuildingId { get; set; }

    public Guid OrganisationId { get; set; }
}
