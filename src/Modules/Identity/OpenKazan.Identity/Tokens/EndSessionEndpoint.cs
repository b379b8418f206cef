using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Server.AspNetCore;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Identity.Tokens;

/// <summary>
/// End-session: the session cookie lives on the city's host, so a request naming a city (through the identity
/// token hint) is sent on to that city, which clears its cookie and returns to the client.
/// </summary>
internal static class EndSessionEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext http, CurrentTenantAccessor tenants, ITenantStore store, CityUrls urls)
    {
        if (http.GetOpenIddictServerRequest() is not { } request)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not an OpenID Connect request");
        }

        var hint = (await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
        if (Guid.TryParse(hint?.FindFirst(OpenKazanClaims.TenantId)?.Value, out var bound) && bound != tenants.Info?.Id
            && store.FindById(bound) is { } city)
        {
            return Results.Redirect(urls.For(http.Request, city, ConnectEndpoints.EndSessionPath + ConnectEndpoints.AsQuery(request)).AbsoluteUri);
        }

        await http.SignOutAsync(IdentityConstants.ApplicationScheme);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }
}
