using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;
using OpenKazan.BuildingBlocks.Caching;

namespace OpenKazan.Host.Caching;

/// <summary>
/// Anonymous public reads are computed once per city, path, query and language for a short period instead of once per
/// visitor (issue 17: a whole city visiting the ratings must not cost a whole-city query each time). The default
/// policy's rules still hold: GET/HEAD only, 200 only, never for a signed-in user or a response that sets a cookie.
/// Entries expire rather than being evicted on writes: a minute's delay on public figures is acceptable and keeps
/// every write path free of cache knowledge; each node keeps its own copy.
/// </summary>
public static class PublicOutputCaching
{
    public static IServiceCollection AddPublicOutputCaching(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOutputCache(o =>
        {
            // Bounded: the largest export (50,000 rows) fits, and the node's footprint stays predictable.
            o.SizeLimit = configuration.GetValue("OutputCache:SizeLimitMegabytes", 64L) * 1024 * 1024;
            o.MaximumBodySize = 32 * 1024 * 1024;
            o.AddPolicy(PublicOutput.Page, b => Lifetime(b, configuration.GetValue("OutputCache:PageSeconds", 60)));
            o.AddPolicy(PublicOutput.Export, b => Lifetime(b, configuration.GetValue("OutputCache:ExportSeconds", 600)));
        });
        return services;
    }

    /// <summary>Zero seconds turns the policy off (tests that read their own writes at once).</summary>
    private static void Lifetime(OutputCachePolicyBuilder policy, int seconds)
    {
        if (seconds <= 0)
        {
            policy.NoCache();
            return;
        }

        policy.Expire(TimeSpan.FromSeconds(seconds)).VaryByValue(Language).AddPolicy<ValidatorsPolicy>();
    }

    private static KeyValuePair<string, string> Language(HttpContext context) => new("lang", CultureInfo.CurrentUICulture.Name);

    /// <summary>
    /// Gives each answer the cache may keep an ETag and a Last-Modified stamp before it is built (they are stored with
    /// the entry; an answer from the cache carries the stored ones), so the cache answers 304 to a client holding it.
    /// </summary>
    private sealed class ValidatorsPolicy(TimeProvider time) : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            if (context.EnableOutputCaching && context.AllowCacheStorage)
            {
                var headers = context.HttpContext.Response.Headers;
                headers.ETag = new EntityTagHeaderValue($"\"{Guid.NewGuid():N}\"").ToString();
                headers.LastModified = time.GetUtcNow().ToString("R", CultureInfo.InvariantCulture);
            }

            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
    }
}
