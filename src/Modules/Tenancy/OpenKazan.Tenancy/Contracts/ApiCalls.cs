using Microsoft.AspNetCore.Http;

namespace OpenKazan.Tenancy.Contracts;

/// <summary>
/// API callers are machines: they get problem+json, never an HTML page. One rule for the city gate, sign-in, the
/// Host's error handlers and its error pages.
/// </summary>
public static class ApiCalls
{
    /// <summary>Whether the caller is a machine (the API, Open311, the token endpoints, or asks for JSON only).</summary>
    public static bool Is(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            || request.Path.StartsWithSegments("/open311", StringComparison.OrdinalIgnoreCase)
            || request.Path.StartsWithSegments("/connect", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var accept = request.Headers.Accept.ToString();
        return accept.Contains("json", StringComparison.OrdinalIgnoreCase)
            && !accept.Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }
}
