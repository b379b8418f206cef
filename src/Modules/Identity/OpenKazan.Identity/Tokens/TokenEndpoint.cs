using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Identity.Domain;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace OpenKazan.Identity.Tokens;

/// <summary>
/// The token endpoint on the issuer: client credentials for a client registered for one city; code and refresh
/// token grants rebuild the principal from the database for the city the original code was bound to.
/// </summary>
internal static class TokenEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpContext http, IOpenIddictApplicationManager applications, CityScopes cityScopes, ITenantStore store,
        UserManager<PlatformUser> users, SignInManager<PlatformUser> signIn, TokenPrincipals principals, CancellationToken ct)
    {
        if (http.GetOpenIddictServerRequest() is not { } request)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not an OpenID Connect request");
        }

        if (request.IsClientCredentialsGrantType())
        {
            var application = await applications.FindByClientIdAsync(request.ClientId ?? string.Empty, ct);
            if (application is null || await ClientCity.ReadAsync(applications, application, ct) is not { } city)
            {
                return Reject(Errors.UnauthorizedClient, "This client is not registered for a city.");
            }

            var requested = cityScopes.Requested(request.GetScopes());
            if (requested is CityRequest.Unknown || (requested is CityRequest.City asked && asked.Tenant.Id != city.TenantId))
            {
                return Reject(Errors.InvalidScope, "This client may only ask for its own city.");
            }

            var subject = await applications.GetIdAsync(application, ct) ?? request.ClientId!;
            var name = await applications.GetDisplayNameAsync(application, ct) ?? request.ClientId!;
            return SignIn(TokenPrincipals.ForClient(subject, name, city, request.GetScopes()));
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var granted = (await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
            var user = await users.FindByIdAsync(granted?.FindFirst(OpenKazanClaims.Subject)?.Value ?? string.Empty);
            if (granted is null || user is null || TokenPrincipals.IsStale(granted, user)
                || !await signIn.CanSignInAsync(user) || await users.IsLockedOutAsync(user))
            {
                return Reject(Errors.InvalidGrant, "The account can no longer sign in.");
            }

            Guid? tenantId = Guid.TryParse(granted.FindFirst(OpenKazanClaims.TenantId)?.Value, out var id) ? id : null;
            if (tenantId is { } bound && store.FindById(bound) is not { Status: TenantStatus.Active })
            {
                return Reject(Errors.InvalidGrant, "The city of this grant is not active.");
            }

            return SignIn(await principals.ForUserAsync(user, tenantId, granted.GetScopes(), ct));
        }

        return Reject(Errors.UnsupportedGrantType, "This grant type is not supported.");
    }

    private static IResult SignIn(System.Security.Claims.ClaimsPrincipal principal) =>
        Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);

    private static IResult Reject(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
