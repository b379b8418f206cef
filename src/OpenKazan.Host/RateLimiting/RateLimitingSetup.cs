using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using OpenKazan.BuildingBlocks.Tenancy;

namespace OpenKazan.Host.RateLimiting;

/// <summary>
/// One global limit per city and client: the verified account or API client, else the IP address, each with its
/// own fixed window, so one noisy client slows only itself and one busy city never starves another. Health probes
/// are never limited. A refusal is a 429 problem+json with Retry-After.
/// </summary>
public static class RateLimitingSetup
{
    public static IServiceCollection AddOpenKazanRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CityRateLimitOptions>().Bind(configuration.GetSection(CityRateLimitOptions.SectionName));
        services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(Partition);
            o.OnRejected = RejectAsync;
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal))
        {
            return RateLimitPartition.GetNoLimiter("health");
        }

        var options = context.RequestServices.GetRequiredService<IOptionsMonitor<CityRateLimitOptions>>().CurrentValue;
        var city = context.RequestServices.GetRequiredService<ICurrentTenant>().Tenant?.Slug ?? "central";
        var permits = options.Cities.TryGetValue(city, out var own) ? own : options.PermitsPerWindow;
        return RateLimitPartition.GetFixedWindowLimiter($"{city}|{permits}|{Client(context)}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = options.Window,
            QueueLimit = 0,
        });
    }

    /// <summary>
    /// Who is asking, as far as it has been verified: the authenticated account or client (cookie or bearer token),
    /// else the address. An Open311 <c>api_key</c> is not verified yet at this point, so it never picks a partition:
    /// a new invented key per request would otherwise be a new, empty window each time.
    /// </summary>
    private static string Client(HttpContext context)
    {
        return context.User.FindFirstValue("sub") is { Length: > 0 } subject
            ? "user:" + subject
            : "ip:" + context.Connection.RemoteIpAddress;
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = (int)Math.Ceiling(Math.Max(1, retryAfter.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (Pages.Status.ErrorPages.IsPageRequest(context))
        {
            // No body: the error pages show the city's own "too many requests" page.
            return;
        }

        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests,
            Title = "Too many requests",
            Detail = $"Try again in {seconds} s.",
        };
        await context.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", ct);
    }
}

/// <summary>The <c>RateLimiting</c> section: a default for every city and client, and optional per-city limits by slug.</summary>
public sealed class CityRateLimitOptions
{
    public const string SectionName = "RateLimiting";

    public int PermitsPerWindow { get; set; } = 600;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    public Dictionary<string, int> Cities { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
