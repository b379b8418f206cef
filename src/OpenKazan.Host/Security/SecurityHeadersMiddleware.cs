using Microsoft.Net.Http.Headers;

namespace OpenKazan.Host.Security;

/// <summary>
/// The same protective headers on every answer (pages, APIs, problem+json, static files, errors, Open311 XML), set
/// when the answer starts, so no short-circuit (static files, 404, 429, exception handler) escapes them.
/// Scripts come only from our own files (no inline script anywhere; a test keeps it so); styles also allow inline
/// <c>style</c> attributes, used for computed bar widths. Map tiles may come from a city's configured tile server.
/// Staff and admin pages may not be framed at all; public pages only by the city itself.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IHostEnvironment environment)
{
    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; " +
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors ";

    private static readonly string[] StaffAreas =
        ["/admin", "/central", "/dispatch", "/executor", "/callcentre", "/call-centre", "/committee", "/staff", "/analytics", "/account"];

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // Written when the answer starts: the exception handler clears headers before it writes its problem.
        var staff = IsStaffArea(context.Request.Path);
        context.Response.OnStarting(() =>
        {
            Write(context.Response.Headers, staff);
            return Task.CompletedTask;
        });
        return next(context);
    }

    private void Write(IHeaderDictionary headers, bool staff)
    {
        headers.ContentSecurityPolicy = Policy + (staff ? "'none'" : "'self'");
        headers.XContentTypeOptions = "nosniff";
        headers[HeaderNames.XFrameOptions] = staff ? "DENY" : "SAMEORIGIN";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(self)";

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
