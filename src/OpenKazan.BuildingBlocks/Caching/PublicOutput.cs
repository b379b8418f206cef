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

    /// <summary>The tag of every cached public output of one city, evicted when that city's public data changes.</summary>
    public static string CityTag(Guid cityId) => $"city:{cityId:N}";
}
