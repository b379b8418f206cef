using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;

namespace OpenKazan.BuildingBlocks.Caching;

/// <summary>
/// Names of the output-cache policies for anonymous public reads (pages, transparency APIs, open data, Open311
/// services). The host defines them: keyed by host (the city), path, query and language, never for a signed-in user.
/// </summary>
public static class PublicOutput
{
    /// <summary>Pages and lists a whole city may visit at once: rebuilt at most once a minute per city and language.</summary>
    public const string Page = "public-page";

    /// <summary>Open-data exports: rebuilt at most every ten minutes, answered with ETag/Last-Modified and 304s.</summary>
    public const string Export = "public-export";

    /// <summary>
    /// One request's public answer (its status page, its Open311 form), read by number again and again: kept per city,
    /// number, format and language, evicted at once when the request changes (<see cref="TagRequest"/>).
    /// </summary>
    public const string Request = "public-request";

    /// <summary>The tag of every cached public output of one city, evicted when that city's public data changes.</summary>
    public static string CityTag(Guid cityId) => $"city:{cityId:N}";

    /// <summary>The tag of the cached answers that show one request (request ids are unique across cities).</summary>
    public static string RequestTag(Guid requestId) => $"request:{requestId:N}";

    /// <summary>
    /// Ties the answer being built to the request it shows, so that saving the request evicts it. Called by the
    /// handler once it knows the request: the cache stores the tags when the answer is complete.
    /// </summary>
    public static void TagRequest(HttpContext http, Guid requestId)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Features.Get<IOutputCacheFeature>()?.Context.Tags.Add(RequestTag(requestId));
    }

    /// <summary>An answer that must not be kept (a number not found yet may exist a moment later).</summary>
    public static void DoNotStore(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.Features.Get<IOutputCacheFeature>() is { } cache)
        {
            cache.Context.AllowCacheStorage = false;
        }
    }
}

/// <summary>
/// Endpoint metadata of a public answer of megabytes (the open-data exports): the host lets only a few of them be
/// written at once, because each one being written holds its whole body in the server's send buffers.
/// </summary>
public sealed class LargePublicOutput;
