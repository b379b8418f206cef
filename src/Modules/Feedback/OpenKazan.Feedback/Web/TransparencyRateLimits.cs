using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.BuildingBlocks.Tenancy;

namespace OpenKazan.Feedback.Web;

/// <summary>
/// Named rate-limiter policies of the transparency endpoints, partitioned by city and by account (writes) or client
/// address (public reads), so a busy city or a scraper never takes another's allowance.
/// </summary>
internal static class TransparencyRateLimits
{
    public const string Public = "transparency-public";
    public const string Write = "transparency-write";

    public static IServiceCollection AddTransparencyRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected ??= WriteProblemAsync;
            o.AddPolicy(Public, context => Window($"{City(context)}:{Address(context)}", Options(context).PublicPermitsPerMinute));
            o.AddPolicy(Write, context => Window($"{City(context)}:{Account(context)}", Options(context).WritePermitsPerMinute));
        });
        return services;
    }

    private static RateLimitPartition<string> Window(string key, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });

    private static TransparencyOptions Options(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<TransparencyOptions>>().Value;

    private static string City(HttpContext context) =>
        context.RequestServices.GetService<ICurrentTenant>()?.Id?.ToString("N") ?? "central";

    private static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static string Account(HttpContext context) =>
        context.User.FindFirst(OpenKazanClaims.Subject)?.Value is { } subject ? $"user:{subject}" : $"ip:{Address(context)}";

    private static async ValueTask WriteProblemAsync(OnRejectedContext context, CancellationToken ct)
    {
        var response = context.HttpContext.Response;
        response.Headers.RetryAfter = "60";
        await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
            detail: "Slow down and try again in a minute.").ExecuteAsync(context.HttpContext);
    }
}
