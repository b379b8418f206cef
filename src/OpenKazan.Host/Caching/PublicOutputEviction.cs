using System.Collections.Concurrent;
using Microsoft.AspNetCore.OutputCaching;
using OpenKazan.BuildingBlocks.Caching;

namespace OpenKazan.Host.Caching;

/// <summary>
/// Evicts a city's cached public output (its <see cref="PublicOutput.CityTag"/>) on this node when its public data
/// changes, at most once per <c>OutputCache:ChangeDelaySeconds</c> (default 5) per city: the first change evicts at
/// once, the changes that follow within the delay are folded into one eviction at its end. A busy city's pages are
/// thus rebuilt at most once per delay, never once per write; other nodes see the change within their cache period.
/// A request's own answers are evicted at once on each change: they are one small read to rebuild. The
/// <see cref="IPublicCityChangeListener"/>s hear of every change at once.
/// </summary>
public sealed partial class PublicOutputEviction(
    IOutputCacheStore store,
    IEnumerable<IPublicCityChangeListener> listeners,
    TimeProvider time,
    IConfiguration configuration,
    ILogger<PublicOutputEviction> logger) : IPublicOutputEviction
{
    private readonly ConcurrentDictionary<Guid, CityEvictions> _cities = new();
    private readonly TimeSpan _delay = TimeSpan.FromSeconds(configuration.GetValue("OutputCache:ChangeDelaySeconds", 5));

    public void CityChanged(Guid cityId)
    {
        foreach (var listener in listeners)
        {
            listener.CityChanged(cityId);
        }

        var city = _cities.GetOrAdd(cityId, _ => new CityEvictions());
        lock (city)
        {
            if (city.Scheduled)
            {
                return;
            }

            var wait = city.Last + _delay - time.GetUtcNow();
            if (wait <= TimeSpan.Zero)
            {
                city.Last = time.GetUtcNow();
                _ = EvictAsync(PublicOutput.CityTag(cityId));
                return;
            }

            city.Scheduled = true;
            _ = EvictLaterAsync(cityId, city, wait);
        }
    }

    private async Task EvictLaterAsync(Guid cityId, CityEvictions city, TimeSpan wait)
    {
        await Task.Delay(wait, time);
        lock (city)
        {
            city.Scheduled = false;
            city.Last = time.GetUtcNow();
        }

        await EvictAsync(PublicOutput.CityTag(cityId));
    }

    /// <summary>The in-memory store evicts synchronously, so the eviction is done when the save returns.</summary>
    public void RequestChanged(Guid requestId) => _ = EvictAsync(PublicOutput.RequestTag(requestId));

    private async Task EvictAsync(string tag)
    {
        try
        {
            await store.EvictByTagAsync(tag, CancellationToken.None);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The cache period still bounds how long the old answers are served.
            LogNotEvicted(logger, tag, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The public output tagged {Tag} was not evicted after a change")]
    private static partial void LogNotEvicted(ILogger logger, string tag, Exception exception);

    private sealed class CityEvictions
    {
        public DateTimeOffset Last { get; set; } = DateTimeOffset.MinValue;

        public bool Scheduled { get; set; }
    }
}
