using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Identity.Domain;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Contracts;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace OpenKazan.Identity.Tokens;

/// <summary>
/// The authorization endpoint (code + PKCE). A request for <c>city:{slug}</c> that reaches another host is sent on
/// to that city's own host, where the person signs in with that city's cookie, pages and branding; the code is
/// then issued there, bound to the city's id, and redeemed at the issuer's token endpoint.
/// </summary>
internal static class AuthorizeEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpContext http, CurrentTenantAccessor tenants, CityScopes cityScopes, CityUrls urls,
        UserManager<PlatformUser> users, TokenPrincipals principals, CancellationToken ct)
    {
        if (http.GetOpenIddictServerRequest() is not { } request)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not an OpenID Connect request");
        }

        var current = tenants.Info;
        switch (cityScopes.Requested(request.GetScopes()))
        {
            case CityRequest.Unknown unknown:
                return Reject(Errors.InvalidScope, $"There is no active city '{unknown.Slug}'.");
            case CityRequest.City city when city.Tenant.Id != current?.Id:
                return Results.Redirect(urls.For(http.Request, city.Tenant, ConnectEndpoints.AuthorizePath + ConnectEndpoints.AsQuery(request)).AbsoluteUri);
        }

        var session = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var user = session.Succeeded && BoundHere(session.Principal, current?.Id) && !request.HasPromptValue(PromptValues.Login)
            ? await users.FindByIdAsync(session.Principal.FindFirst(OpenKazanClaims.Subject)?.Value ?? string.Empty)
            : null;
        if (user is null)
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return Reject(Errors.LoginRequired, "The person is not signed in to this city.");
            }

            // Back here after the sign-in page; the prompt is dropped so the loop ends.
            var parameters = request.GetParameters().Where(p => p.Key != Parameters.Prompt)
                .Select(p => new KeyValuePair<string, string?>(p.Key, (string?)p.Value));
            return Results.Challenge(
                new AuthenticationProperties { RedirectUri = http.Request.PathBase + http.Request.Path + QueryString.Create(parameters) },
                [IdentityConstants.ApplicationScheme]);
        }

        var principal = await principals.ForUserAsync(user, current?.Id, request.GetScopes(), ct);
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static bool BoundHere(System.Security.Claims.ClaimsPrincipal principal, Guid? city) =>
        principal.FindFirst(OpenKazanClaims.TenantId)?.Value == city?.ToString();

    private static IResult Reject(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
