namespace OpenKazan.BuildingBlocks.Security;

/// <summary>The signed-in person as the current city sees them; anonymous when <see cref="UserId"/> is null.</summary>
public interface ICurrentUser
{
    Guid? UserId { get; }

    /// <summary>Roles valid in the current city (city roles of this city, plus global roles).</summary>
    IReadOnlySet<string> Roles { get; }

    /// <summary>The organisation an Executor or OrganisationAdmin works for in the current city.</summary>
    Guid? OrganisationId { get; }

    string? Name { get; }

    string? Email { get; }

    string? Phone { get; }

    bool IsInRole(string role) => Roles.Contains(role);
}
