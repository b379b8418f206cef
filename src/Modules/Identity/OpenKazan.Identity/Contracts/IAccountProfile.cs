namespace OpenKazan.Identity.Contracts;

public sealed record ProfileView(string Email, string FullName, string? Phone, string? Address, string? Flat);

public enum ProfileUpdate
{
    Saved,
    UnknownAddress,
    NotFound,
}

/// <summary>
/// The signed-in person's profile: name and phone are theirs everywhere, the address (a building of the city's
/// registry) and flat are per city. The e-mail is shown, never changed here.
/// </summary>
public interface IAccountProfile
{
    /// <summary>The profile in the current city, or null without a signed-in account.</summary>
    Task<ProfileView?> GetAsync(CancellationToken cancellationToken);

    /// <summary>Saves the profile and re-issues the session cookie, which carries name and phone, so the change shows at once.</summary>
    Task<ProfileUpdate> UpdateAsync(ProfileView form, CancellationToken cancellationToken);
}
