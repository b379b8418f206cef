using Microsoft.AspNetCore.Http;

namespace OpenKazan.Identity.Contracts;

/// <summary>The outcome of a password sign-in: done, wrong e-mail or password, e-mail not confirmed, or a wait.</summary>
public sealed record PasswordSignIn(bool Succeeded, bool IsNotConfirmed, TimeSpan Wait)
{
    public static readonly PasswordSignIn Done = new(true, false, TimeSpan.Zero);
    public static readonly PasswordSignIn Failed = new(false, false, TimeSpan.Zero);
    public static readonly PasswordSignIn NotConfirmed = new(false, true, TimeSpan.Zero);

    public static PasswordSignIn Waiting(TimeSpan wait) => new(false, false, wait);
}

/// <summary>The session of the current city as the sign-in and sign-out pages open and close it.</summary>
public interface ICitySignIn
{
    /// <summary>Checks the e-mail and password (waits and failures counted), then issues the city-bound session cookie.</summary>
    Task<PasswordSignIn> PasswordAsync(HttpContext context, string email, string password, bool remember, CancellationToken cancellationToken);

    Task SignOutAsync();
}
