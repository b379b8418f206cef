using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OpenKazan.Identity.Tokens;

/// <summary>
/// OpenIddict's pass-through endpoints. Anonymous on purpose: each one authenticates the caller itself (the
/// session cookie, the client's secret, the code or refresh token), as the OAuth protocol prescribes.
/// </summary>
public static class ConnectEndpoints
{
    public const string AuthorizePath = "/connect/authorize";
    public const string TokenPath = "/connect/token";
    public const string EndSessionPath = "/connect/endsession";

    public static IEndpointRouteBuilder MapConnectEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(string.Empty).AllowAnonymous().ExcludeFromDescription();
        group.MapMethods(AuthorizePath, [HttpMethods.Get, HttpMethods.Post], AuthorizeEndpoint.HandleAsync);
        group.MapPost(TokenPath, TokenEndpoint.HandleAsync);
        group.MapMethods(EndSessionPath, [HttpMethods.Get, HttpMethods.Post], EndSessionEndpoint.HandleAsync);
        return endpoints;
    }

    /// <summary>The OpenID request as a query string, to send the browser on to the city that must answer it.</summary>
    public static QueryString AsQuery(OpenIddict.Abstractions.OpenIddictRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return QueryString.Create(request.GetParameters().Select(p => new KeyValuePair<string, string?>(p.Key, (string?)p.Value)));
    }
}
