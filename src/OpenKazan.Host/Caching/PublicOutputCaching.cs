using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;
using OpenKazan.BuildingBlocks.Caching;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Tenancy;

namespace OpenKazan.Host.Caching;

/// <summary>
/// Anonymous public reads are computed once per city, path, query and language instead of once per visitor (issue 17:
/// a whole city visiting the ratings must not cost a whole-city query each time). The default policy's rules still
/// hold: GET/HEAD only, 200 only, never for a signed-in user or a response that sets a cookie. Every entry carries its
/// city's tag and is evicted when that city's public data is saved (<see cref="PublicOutputEviction"/>, fed by the
/// context's <see cref="PublicDataChangesInterceptor"/>, so no write path knows about the cache); the period is the
/// fallback for what the node did not see (other nodes' writes, bulk updates). Each node keeps its own copy.
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
            o.AddPolicy(PublicOutput.Request, b => Lifetime(b, configuration.GetValue("OutputCache:RequestSeconds", 60)));
        });
        services.AddSingleton<IPublicOutputEviction, PublicOutputEviction>();
        services.AddSingleton<LargeOutputSlots>();
        services.AddSingleton<PublicDataChangesInterceptor>();
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

        policy.Expire(TimeSpan.FromSeconds(seconds)).VaryByValue(Language).AddPolicy<ValidatorsPolicy>().AddPolicy<CityTagPolicy>();
    }

    private static KeyValuePair<string, string> Language(HttpContext context) => new("lang", CultureInfo.CurrentUICulture.Name);

    /// <summary>Tags each entry with its city, so a change of the city's data evicts exactly that city's entries.</summary>
    private sealed class CityTagPolicy : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            if (context.HttpContext.RequestServices.GetService<ICurrentTenant>()?.Id is { } city)
            {
                context.Tags.Add(PublicOutput.CityTag(city));
            }

            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
    }

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
