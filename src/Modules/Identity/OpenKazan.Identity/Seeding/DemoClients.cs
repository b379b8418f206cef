using OpenIddict.Abstractions;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Identity.Tokens;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace OpenKazan.Identity.Seeding;

/// <summary>
/// Development clients (docs/api-identity.md): <c>openkazan-web</c> and <c>openkazan-mobile</c> (public, code + PKCE,
/// refresh tokens), and per city <c>callcentre-{slug}</c> (client credentials, secret <c>callcentre-{slug}-dev-secret</c>)
/// bound to that city with the Operator role.
/// </summary>
public sealed class DemoClients(IOpenIddictApplicationManager applications, ITenantStore store)
{
    public const string WebClientId = "openkazan-web";
    public const string MobileClientId = "openkazan-mobile";
    public const string WebRedirect = "http://localhost:5080/signin-callback";
    public const string WebPostLogout = "http://localhost:5080/signout-callback";
    public const string MobileRedirect = "ru.openkazan.app:/oauth2redirect";

    public static string CallCentreId(string slug) => $"callcentre-{slug}";

    public static string CallCentreSecret(string slug) => $"callcentre-{slug}-dev-secret";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await CreateAsync(Interactive(WebClientId, "OpenKazan web", WebRedirect, WebPostLogout), cancellationToken);
        await CreateAsync(Interactive(MobileClientId, "OpenKazan mobile", MobileRedirect, MobileRedirect), cancellationToken);
        foreach (var city in store.All.Where(c => c.Status == TenantStatus.Active))
        {
            await CreateAsync(CallCentre(city), cancellationToken);
        }
    }

    private async Task CreateAsync(OpenIddictApplicationDescriptor descriptor, CancellationToken cancellationToken)
    {
        if (await applications.FindByClientIdAsync(descriptor.ClientId!, cancellationToken) is null)
        {
            await applications.CreateAsync(descriptor, cancellationToken);
        }
    }

    private static OpenIddictApplicationDescriptor Interactive(string clientId, string name, string redirect, string postLogout)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            DisplayName = name,
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
            RedirectUris = { new Uri(redirect) },
            PostLogoutRedirectUris = { new Uri(postLogout) },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        descriptor.Permissions.UnionWith([
            Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
            Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken, Permissions.ResponseTypes.Code,
        ]);
        return descriptor;
    }

    private static OpenIddictApplicationDescriptor CallCentre(TenantInfo city)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = CallCentreId(city.Slug),
            ClientSecret = CallCentreSecret(city.Slug),
            DisplayName = $"Call centre of {city.Slug}",
            ClientType = ClientTypes.Confidential,
        };
        descriptor.Permissions.UnionWith([Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials]);
        ClientCity.Write(descriptor, city.Id, [Roles.Operator]);
        return descriptor;
    }
}
