using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using OpenKazan.BuildingBlocks.Tenancy;
using OpenKazan.Identity.Contracts;
using OpenKazan.Identity.Domain;
using OpenKazan.Identity.Throttling;
using OpenKazan.Identity.Users;

namespace OpenKazan.Identity.SignIn;

/// <summary>
/// Password sign-in in the current city: checks the password, then the e-mail confirmation, makes the
/// person a Resident of a city they have not used before, then issues the city-bound session cookie. Failures
/// are limited progressively by <see cref="AccountLimits"/>; Identity's own lockout is not used (it would let
/// anyone lock any account).
/// </summary>
internal sealed class CitySignIn(
    SignInManager<PlatformUser> signIn,
    UserManager<PlatformUser> users,
    ICurrentTenant currentTenant,
    CityAccess access,
    AccountLimits limits,
    KnownDevices devices) : ICitySignIn
{
    /// <summary>A hash of no one's password (Identity's default settings, as configured): an unknown e-mail costs the same hashing time as a known one.</summary>
    private static readonly string NobodysHash = new PasswordHasher<PlatformUser>().HashPassword(new PlatformUser(), Guid.NewGuid().ToString());

    /// <summary>
    /// Known and unknown e-mails take the same path: the same waits (counted by e-mail, not by account), one
    /// password hash each, the same failure. Only a correct password tells more (e-mail not confirmed yet).
    /// </summary>
    public async Task<PasswordSignIn> PasswordAsync(HttpContext context, string email, string password, bool remember, CancellationToken cancellationToken)
    {
        var wait = await limits.SignInWaitAsync(email, context, devices.Knows(context, email), cancellationToken);
        if (wait > TimeSpan.Zero)
        {
            return PasswordSignIn.Waiting(wait);
        }

        var user = await users.FindByEmailAsync(email);
        var passwordMatches = user is null ? HashForNobody(password) : await users.CheckPasswordAsync(user, password);
        if (!passwordMatches || user is null || await users.IsLockedOutAsync(user))
        {
            await limits.SignInFailedAsync(email, context, cancellationToken);
            return PasswordSignIn.Failed;
        }

        if (!await signIn.CanSignInAsync(user))
        {
            return PasswordSignIn.NotConfirmed;
        }

        if (currentTenant.Id is { } city)
        {
            await access.JoinAsync(user, city, cancellationToken);
        }

        await signIn.SignInAsync(user, remember);
        await limits.SignInSucceededAsync(email, context, cancellationToken);
        devices.Remember(context, email);
        return PasswordSignIn.Done;
    }

    /// <summary>
    /// Signs a person in right after sign-up, before the e-mail is confirmed, for this browser session only: they can
    /// report the problem they came for at once. A later password sign-in still waits for the confirmation.
    /// </summary>
    public Task NewAccountAsync(PlatformUser user) => signIn.SignInAsync(user, isPersistent: false);

    /// <summary>Re-issues the cookie after a change that alters its claims (profile, roles).</summary>
    public Task RefreshAsync(PlatformUser user) => signIn.RefreshSignInAsync(user);

    public Task SignOutAsync() => signIn.SignOutAsync();

    private bool HashForNobody(string password)
    {
        _ = users.PasswordHasher.VerifyHashedPassword(new PlatformUser(), NobodysHash, password);
        return false;
    }
}
