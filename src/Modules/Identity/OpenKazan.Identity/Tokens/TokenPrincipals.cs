using System.Security.Claims;
using OpenIddict.Abstractions;
using OpenKazan.Identity.Domain;
using OpenKazan.Identity.Users;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace OpenKazan.Identity.Tokens;

/// <summary>
/// The principal OpenIddict turns into tokens: built fresh from the database on every authorization and refresh,
/// so a revoked role disappears at the next refresh. Bound to one city by id, or to none (the central team).
/// </summary>
public sealed class TokenPrincipals(CityAccess access)
{
    public const string StampClaim = "openkazan_stamp";

    private static readonly string[] StandardScopes = [Scopes.OpenId, Scopes.Email, Scopes.Profile, Scopes.Phone, Scopes.Roles, Scopes.OfflineAccess];

    /// <summary>True when the grant was issued before the account's last stamp change (password, sign-out everywhere).</summary>
    public static bool IsStale(ClaimsPrincipal granted, PlatformUser user)
    {
        ArgumentNullException.ThrowIfNull(granted);
        ArgumentNullException.ThrowIfNull(user);
        return !string.Equals(granted.FindFirst(StampClaim)?.Value, user.SecurityStamp ?? string.Empty, StringComparison.Ordinal);
    }

    public async Task<ClaimsPrincipal> ForUserAsync(PlatformUser user, Guid? tenantId, IEnumerable<string> requestedScopes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var grants = await access.GrantsAsync(user, tenantId, cancellationToken);
        var principal = Build(CityClaims.For(user, tenantId, grants), requestedScopes);

        // Kept only inside codes and refresh tokens (no destination): a refresh after a password reset or a sign-out
        // everywhere finds a different stamp and is refused.
        principal.Identities.First().AddClaim(new Claim(StampClaim, user.SecurityStamp ?? string.Empty));
        return principal;
    }

    public static ClaimsPrincipal ForClient(string subject, string name, ClientCity city, IEnumerable<string> requestedScopes)
    {
        ArgumentNullException.ThrowIfNull(city);
        var claims = new List<Claim>
        {
            new(Claims.Subject, subject),
            new(Claims.Name, name),
            new(BuildingBlocks.Security.OpenKazanClaims.TenantId, city.TenantId.ToString()),
        };
        claims.AddRange(city.Roles.Select(r => new Claim(Claims.Role, r)));
        return Build(claims, requestedScopes);
    }

    private static ClaimsPrincipal Build(IEnumerable<Claim> claims, IEnumerable<string> requestedScopes)
    {
        var identity = new ClaimsIdentity(claims, "OpenKazan", Claims.Name, Claims.Role);
        identity.SetScopes(requestedScopes.Where(s => StandardScopes.Contains(s) || s.StartsWith(CityScopes.Prefix, StringComparison.Ordinal)));

        // Every claim here is about the caller's identity and city; both the API (access token) and the client
        // (identity token, e.g. to show the name and pick the city's UI) need them.
        identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
        return new ClaimsPrincipal(identity);
    }
}
