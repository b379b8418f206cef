using OpenKazan.BuildingBlocks.Persistence;

namespace OpenKazan.Open311.ApiKeys;

/// <summary>
/// An Open311 client of one city, known by the SHA-256 of its key: the key itself is shown once, at issue, and never
/// stored. Revoking keeps the row so that requests filed with it still say who filed them.
/// </summary>
public sealed class ApiKey : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    /// <summary>Who the client is, as the city's administrator named it ("FixMyStreet", "UK Aviator dispatch").</summary>
    public required string Name { get; set; }

    /// <summary>Lower-case hex SHA-256 of the key.</summary>
    public required string Hash { get; set; }

    /// <summary>The key's first characters, so an administrator can tell keys apart without seeing them.</summary>
    public required string Hint { get; set; }

    /// <summary>A registered integration: may POST service request updates (as the organisation below).</summary>
    public bool CanPostUpdates { get; set; }

    /// <summary>The organisation whose system this is; updates are accepted only on requests assigned to it.</summary>
    public Guid? OrganisationId { get; set; }

    public DateTime CreatedAt { get; set; }

    public Guid? CreatedBy { get; set; }

    public DateTime? RevokedAt { get; set; }
}
