using Microsoft.AspNetCore.Identity;
using OpenKazan.BuildingBlocks.Tenancy;
using OpenKazan.Identity.Domain;
using OpenKazan.Identity.Users;

namespace OpenKazan.Identity.SignIn;

/// <summary>
/// Password sign-in in the current city: checks the password (with lockout and e-mail confirmation), makes the
/// person a Resident of a city they have not used before, then issues the city-bound session cookie.
/// </summary>
public sealed class CitySignIn(
    SignInManager<PlatformUser> signIn,
    UserManager<PlatformUser> users,
    ICurrentTenant currentTenant,
    CityAccess access)
{
    public async Task<SignInResult> PasswordAsync(string email, string password, bool remember, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            return SignInResult.Failed;
        }

        var check = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            return check;
        }

        if (currentTenant.Id is { } city)
        {
            await access.JoinAsync(user, city, cancellationToken);
        }

        await signIn.SignInAsync(user, remember);
        return check;
    }

    /// <summary>
    /// Signs a person in right after sign-up, before the e-mail is confirmed, for this browser session only: they can
    /// report the problem they came for at once. A later password sign-in still waits for the confirmation.
    /// </summary>
    public async Task NewAccountAsync(string email)
    {
        if (await users.FindByEmailAsync(email) is { } user)
        {
            await signIn.SignInAsync(user, isPersistent: false);
        }
    }

    /// <summary>Re-issues the cookie after a change that alters its claims (profile, roles).</summary>
    public Task RefreshAsync(PlatformUser user) => signIn.RefreshSignInAsync(user);

    public Task SignOutAsync() => signIn.SignOutAsync();
}
