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
    private static readonly string[] StandardScopes = [Scopes.OpenId, Scopes.Email, Scopes.Profile, Scopes.Phone, Scopes.Roles, Scopes.OfflineAccess];

    public async Task<ClaimsPrincipal> ForUserAsync(PlatformUser user, Guid? tenantId, IEnumerable<string> requestedScopes, CancellationToken cancellationToken)
    {
        var grants = await access.GrantsAsync(user, tenantId, cancellationToken);
        return Build(CityClaims.For(user, tenantId, grants), requestedScopes);
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
