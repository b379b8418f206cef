using Microsoft.Net.Http.Headers;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Host.Security;

/// <summary>
/// The same protective headers on every answer (pages, APIs, problem+json, static files, errors, Open311 XML), set
/// when the answer starts, so no short-circuit (static files, 404, 429, exception handler) escapes them.
/// Scripts come only from our own files (no inline script anywhere; a test keeps it so); styles also allow inline
/// <c>style</c> attributes and the layout's brand colours. Images may also come from the city's own map tile host
/// (its branding's <c>mapTileUrl</c>), and from no other host. Staff and admin pages may not be framed at all;
/// public pages only by the city itself.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IHostEnvironment environment, CurrentTenantAccessor city)
{
    private static readonly string[] StaffAreas =
        ["/admin", "/central", "/dispatch", "/executor", "/callcentre", "/call-centre", "/committee", "/staff", "/analytics", "/account", "/work"];

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // Written when the answer starts, while the city is current: the exception handler clears headers first.
        var staff = IsStaffArea(context.Request.Path);
        context.Response.OnStarting(() =>
        {
            Write(context.Response.Headers, staff, TileSource(city.Info?.Branding.MapTileUrl));
            return Task.CompletedTask;
        });
        return next(context);
    }

    public static string Policy(bool staff, string? tileSource) =>
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
        $"img-src 'self' data: blob:{(tileSource is null ? string.Empty : " " + tileSource)}; " +
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; " +
        "frame-ancestors " + (staff ? "'none'" : "'self'");

    /// <summary>
    /// The scheme and host of a Leaflet tile template ("https://{s}.tile.example.org/{z}/{x}/{y}.png" gives
    /// "https://*.tile.example.org"), or null when it is relative, not http(s) or unreadable.
    /// </summary>
    public static string? TileSource(string? template)
    {
        if (string.IsNullOrWhiteSpace(template))
        {
            return null;
        }

        var withoutSubdomain = template.Replace("{s}", "subdomain", StringComparison.Ordinal);
        if (!Uri.TryCreate(withoutSubdomain, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return null;
        }

        var host = uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port}";
        if (template.Contains("{s}", StringComparison.Ordinal))
        {
            host = host.Replace("subdomain", "*", StringComparison.Ordinal);
        }

        return $"{uri.Scheme}://{host}";
    }

    private void Write(IHeaderDictionary headers, bool staff, string? tileSource)
    {
        headers.ContentSecurityPolicy = Policy(staff, tileSource);
        headers.XContentTypeOptions = "nosniff";
        headers[HeaderNames.XFrameOptions] = staff ? "DENY" : "SAMEORIGIN";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(self)";
        headers.Remove(HeaderNames.Server);

        // Behind the TLS-terminating proxy the request looks like http; browsers honour HSTS only over https anyway.
        if (environment.IsProduction())
        {
            headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
        }
    }

    /// <summary>Also under a city's <c>/t/{slug}</c> prefix, which is still part of the path at this point.</summary>
    public static bool IsStaffArea(PathString path)
    {
        var value = path.Value ?? string.Empty;
        if (value.StartsWith("/t/", StringComparison.OrdinalIgnoreCase))
        {
            var end = value.IndexOf('/', 3);
            value = end < 0 ? string.Empty : value[end..];
        }

        return StaffAreas.Any(area => new PathString(value).StartsWithSegments(area, StringComparison.OrdinalIgnoreCase));
    }
}
