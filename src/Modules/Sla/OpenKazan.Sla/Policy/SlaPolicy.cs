using OpenKazan.BuildingBlocks.Persistence;

namespace OpenKazan.Sla.Policy;

/// <summary>
/// A city's SLA policy: one row per city holding the checked document as JSON (the <c>sla.json</c> format), so the
/// format can grow without a migration per field. <see cref="Version"/> counts changes for audit and caching.
/// </summary>
public sealed class SlaPolicy : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    /// <summary>The template the document started from (e.g. RU-416), or null.</summary>
    public string? Template { get; set; }

    public required string Document { get; set; }

    public int Version { get; set; }

    public DateTime UpdatedAtUtc { get; set; }
}
