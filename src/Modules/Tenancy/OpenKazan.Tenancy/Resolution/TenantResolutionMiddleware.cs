using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace OpenKazan.Tenancy.Resolution;

/// <summary>
/// Finds the city of each request (host first, then the <c>/t/{slug}</c> prefix on the base host) and makes it
/// current for the rest of the pipeline. Unknown cities get a friendly 404, suspended ones a 503 maintenance page;
/// API callers get problem+json instead of pages.
/// </summary>
public sealed class TenantResolutionMiddleware(
    RequestDelegate next,
    HostStrategy hostStrategy,
    PathPrefixStrategy pathStrategy,
    CurrentTenantAccessor accessor,
    IOptions<TenancyOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var resolution = hostStrategy.Resolve(context.Request)
            ?? pathStrategy.Resolve(context.Request)
            ?? new TenantResolution.Central();

        switch (resolution)
        {
            case TenantResolution.Found { Tenant.Status: TenantStatus.Archived } found:
                await RejectAsync(context, StatusCodes.Status404NotFound, options.Value.UnknownCityPath, found.Tenant.Slug, null);
                break;
            case TenantResolution.Found { Tenant.Status: TenantStatus.Suspended } found:
                await RejectAsync(context, StatusCodes.Status503ServiceUnavailable, options.Value.MaintenancePath, found.Tenant.Slug, found.Tenant);
                break;
            case TenantResolution.Found found:
                await RunForTenantAsync(context, found);
                break;
            case TenantResolution.Unknown unknown:
                await RejectAsync(context, StatusCodes.Status404NotFound, options.Value.UnknownCityPath, unknown.Name, null);
                break;
            default:
                await next(context);
                break;
        }
    }

    private async Task RunForTenantAsync(HttpContext context, TenantResolution.Found found)
    {
        if (found.PathBase.HasValue)
        {
            context.Request.PathBase = found.PathBase;
            context.Request.Path = found.RemainingPath.HasValue ? found.RemainingPath : new PathString("/");
        }

        using (accessor.Use(found.Tenant))
        {
            await next(context);
        }
    }

    private async Task RejectAsync(HttpContext context, int statusCode, string pagePath, string name, TenantInfo? tenant)
    {
        if (IsApiCall(context.Request))
        {
            await WriteProblemAsync(context, statusCode, name);
            return;
        }

        // The page is rendered by the host; the city (for a suspended one) stays current so the page shows its branding.
        context.Response.StatusCode = statusCode;
        context.Request.Method = HttpMethods.Get;
        context.Request.Path = pagePath;
        context.Request.QueryString = QueryString.Create("city", name);
        using (accessor.Use(tenant))
        {
            await next(context);
        }
    }

    private static Task WriteProblemAsync(HttpContext context, int statusCode, string name)
    {
        var problem = new ProblemDetails
        {
            Status = statusCode,
            Title = statusCode == StatusCodes.Status404NotFound ? "Unknown city" : "City under maintenance",
            Detail = statusCode == StatusCodes.Status404NotFound
                ? $"There is no city '{name}' on this service."
                : $"The city '{name}' is temporarily unavailable.",
            Type = statusCode == StatusCodes.Status404NotFound
                ? "https://openkazan.example/problems/unknown-city"
                : "https://openkazan.example/problems/city-suspended",
        };
        context.Response.StatusCode = statusCode;
        if (statusCode == StatusCodes.Status503ServiceUnavailable)
        {
            context.Response.Headers.RetryAfter = "3600";
        }

        return context.Response.WriteAsJsonAsync(problem, options: null, contentType: "application/problem+json");
    }

    /// <summary>API callers are machines: they get problem+json, never an HTML page.</summary>
    public static bool IsApiCall(HttpRequest request)
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
