namespace OpenKazan.Open311;

/// <summary>Settings of the Open311 server (section <c>Open311</c>); the same for every city.</summary>
public sealed class Open311Options
{
    public const string SectionName = "Open311";

    /// <summary>Shown in discovery as <c>contact</c>.</summary>
    public string Contact { get; set; } = "The city's OpenKazan administrators";

    /// <summary>
    /// Base URL of the test endpoint, <c>{host}</c> standing for the city's host (e.g. <c>https://{host}.staging.example.org/open311/v2</c>).
    /// Empty: discovery lists no test endpoint (the production server files real requests).
    /// </summary>
    public string? TestEndpoint { get; set; }

    /// <summary>Calls one API key (or one anonymous client address) may make per <see cref="RateLimitWindow"/>.</summary>
    public int RateLimitPermits { get; set; } = 120;

    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Each node folds a partition's calls into the shared count at the latest every this many calls, so with N nodes a
    /// key may get up to N × (this − 1) calls over its limit in a window; 1 counts every call in the database.
    /// </summary>
    public int RateLimitFoldEvery { get; set; } = 10;

    /// <summary>… or at its first call after this long since the previous fold, so slow clients are counted exactly.</summary>
    public TimeSpan RateLimitFoldInterval { get; set; } = TimeSpan.FromMilliseconds(250);
}
