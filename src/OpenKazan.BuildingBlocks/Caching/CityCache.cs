using Microsoft.Extensions.Caching.Hybrid;

namespace OpenKazan.BuildingBlocks.Caching;

/// <summary>
/// How a city's values are kept in <see cref="HybridCache"/>: the key always carries the city id, so one city's entry
/// can never answer another city, and every entry carries the <see cref="CatalogTag"/>, which each node removes
/// when it sees the catalog version move on (HybridCache has no backplane; the catalog version row is ours).
/// </summary>
public static class CityCache
{
    public const string CatalogTag = "catalog";

    /// <summary>
    /// A bound on how long a node can serve a value whose change signal was lost (the writer saved, then failed
    /// before bumping the catalog version). Normal changes reach every node within the catalog poll interval.
    /// </summary>
    public static readonly HybridCacheEntryOptions Entry = new()
    {
        Expiration = TimeSpan.FromMinutes(10),
        LocalCacheExpiration = TimeSpan.FromMinutes(10),
    };

    public static string Key(Guid cityId, string name) => $"city:{cityId:N}:{name}";

    /// <summary>
    /// One tag for all: changes to cities are rare administrative acts, so dropping every city's entries on each of
    /// them costs one rebuild per entry and keeps a single invalidation path.
    /// </summary>
    public static IReadOnlyCollection<string> Tags { get; } = [CatalogTag];
}
