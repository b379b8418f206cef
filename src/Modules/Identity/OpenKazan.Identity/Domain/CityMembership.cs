using OpenKazan.BuildingBlocks.Persistence;

namespace OpenKazan.Identity.Domain;

/// <summary>
/// A person's place in one city: their address there and their roles there. Global rather than tenant-owned,
/// because sign-in reads a person's memberships by user before any city filter could apply.
/// </summary>
[GlobalEntity]
public sealed class CityMembership
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid UserId { get; set; }

    /// <summary>The city's immutable id (never its slug).</summary>
    public Guid TenantId { get; set; }

    /// <summary>The person's building in this city's registry.</summary>
    public Guid? BuildingId { get; set; }

    public string? Flat { get; set; }

    public DateTimeOffset JoinedAt { get; set; }

    public List<CityRole> Roles { get; set; } = [];
}

/// <summary>One role in one city; Executor and OrganisationAdmin name the organisation they work for.</summary>
[GlobalEntity]
public sealed class CityRole
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid MembershipId { get; set; }

    public required string Role { get; set; }

    public Guid? OrganisationId { get; set; }
}
