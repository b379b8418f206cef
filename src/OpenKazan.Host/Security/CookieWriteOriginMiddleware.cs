using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Host.Security;

/// <summary>
/// Cross-site request forgery on the API: a write (any method but GET, HEAD, OPTIONS, TRACE; body-less POSTs too)
/// to an API path that would be authenticated by the session cookie must come from a page of the same origin.
/// Browsers say where a request comes from (<c>Sec-Fetch-Site</c>, else <c>Origin</c>); a request saying
/// "cross-site" or "same-site" (another city's subdomain), or with a foreign or "null" Origin, is refused with 403
/// problem+json. Bearer-token calls carry no ambient credential and are not checked; neither are clients that send
/// neither header (no browser sends a write without one, so there is nothing to forge). Page forms have their own
/// antiforgery token.
/// </summary>
public sealed class CookieWriteOriginMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (IsSafe(request.Method)
            || !ApiCalls.Is(request)
            || request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            || context.User.Identity?.IsAuthenticated != true
            || IsSameOrigin(request))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status403Forbidden,
            Title = "Cross-site request refused",
            Detail = "A change made with the session cookie must come from a page of this site; other clients use a bearer token.",
        };
        return context.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", context.RequestAborted);
    }

    public static bool IsSameOrigin(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
        {
            return site is "same-origin" or "none";
        }

        var origin = request.Headers[HeaderNames.Origin].ToString();
        if (origin.Length == 0)
        {
            return true;
        }

        return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && string.Equals(uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port}", request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsSafe(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);
}
