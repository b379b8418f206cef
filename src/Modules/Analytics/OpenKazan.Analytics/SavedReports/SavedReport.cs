using OpenKazan.BuildingBlocks.Persistence;

namespace OpenKazan.Analytics.SavedReports;

/// <summary>
/// A report definition kept under a name. Shared reports are opened by anyone of the city with analytics access;
/// each reader still sees only what their own scope allows (an organisation: its own requests).
/// </summary>
public sealed class SavedReport : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public required string Name { get; set; }

    /// <summary>The <see cref="ReportConstructor.ReportSpec"/> as JSON.</summary>
    public required string Definition { get; set; }

    public Guid OwnerId { get; set; }

    public bool Shared { get; set; }

    public DateTime CreatedAt { get; set; }
}
