namespace OpenKazan.Identity.Contracts;

/// <summary>An account's e-mail and whether its owner confirmed it (staff see requests filed before that).</summary>
public sealed record AccountEmail(string Email, bool Confirmed);

/// <summary>Accounts as the pages and the demo seeding look them up.</summary>
public interface IAccountDirectory
{
    /// <summary>The account's e-mail, or null when there is no such account.</summary>
    Task<AccountEmail?> EmailOfAsync(Guid userId, CancellationToken ct);

    /// <summary>The id of the account with this e-mail, or null.</summary>
    Task<Guid?> IdByEmailAsync(string email, CancellationToken ct);
}

/// <summary>Development only: the demo accounts of every city and the central team, and the demo OIDC clients.</summary>
public interface IDemoAccountSeeder
{
    Task SeedAsync(CancellationToken cancellationToken);
}
