using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenKazan.BuildingBlocks.Caching;
using OpenKazan.Feedback.Contracts;
using OpenKazan.Registry.Contracts;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Feedback.Ratings;

/// <summary>
/// The ratings of each city's recent periods, kept on this node and handed to every reader while a newer copy is
/// computed in the background: at 2.4 M requests one period costs seconds of database work, and a busy city changes
/// every few seconds, so computing on the reader's time would make nearly every reader wait. A kept copy is recomputed
/// once its city changed and it is at least <c>OutputCache:RatingsSeconds</c> (default 60) old, or when it is
/// <see cref="LongestKept"/> old (changes made on other nodes); the reader who finds it stale still gets it at once.
/// Only the very first reader of a period waits. 0 seconds keeps nothing (each reader computes).
/// </summary>
public sealed partial class KeptRatings(TenantScopeFactory scopes, IConfiguration configuration, TimeProvider time, ILogger<KeptRatings> logger)
    : IPublicCityChangeListener
{
    private static readonly TimeSpan LongestKept = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<(Guid City, string Period, Guid? District), Slot> _slots = new();
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _changedAt = new();
    private readonly TimeSpan _shortestKept = TimeSpan.FromSeconds(configuration.GetValue("OutputCache:RatingsSeconds", 60));

    public bool Enabled => _shortestKept > TimeSpan.Zero;

    public void CityChanged(Guid cityId) => _changedAt[cityId] = time.GetUtcNow();

    /// <summary>The kept ratings of the period, computed first (and waited for) when this node has none yet.</summary>
    public async Task<CityRatings> GetAsync(Guid cityId, RatingPeriod period, NamedDistrict? district, CancellationToken ct)
    {
        var slot = _slots.GetOrAdd((cityId, period.Key, district?.Id), _ => new Slot());
        Task<KeptCopy?> computing;
        lock (slot)
        {
            if (slot.Copy is { } kept)
            {
                if (IsStale(cityId, kept) && slot.Computing is null)
                {
                    slot.Computing = ComputeAsync(cityId, period, district, slot);
                }

                return kept.Ratings;
            }

            computing = slot.Computing ??= ComputeAsync(cityId, period, district, slot);
        }

        return (await computing.WaitAsync(ct))?.Ratings
            ?? throw new InvalidOperationException($"The ratings of period {period.Key} could not be computed (see the warning logged).");
    }

    private bool IsStale(Guid cityId, KeptCopy copy)
    {
        var age = time.GetUtcNow() - copy.ReadAt;
        var changed = _changedAt.TryGetValue(cityId, out var at) && at >= copy.ReadAt;
        return age >= LongestKept || (changed && age >= _shortestKept);
    }

    /// <summary>
    /// In a scope of its own, on no reader's token: the reader who started it may leave, the others still want it.
    /// A failure is logged and gives null (nobody may be waiting to observe an exception); the old copy stays and the
    /// next reader tries again.
    /// </summary>
    private Task<KeptCopy?> ComputeAsync(Guid cityId, RatingPeriod period, NamedDistrict? district, Slot slot) => Task.Run(async () =>
    {
        try
        {
            var readAt = time.GetUtcNow();
            await using var scope = scopes.Create(cityId);
            var ratings = await scope.Services.GetRequiredService<RatingsCalculator>().ComputeAsync(period, district, CancellationToken.None);
            var copy = new KeptCopy(ratings, readAt);
            lock (slot)
            {
                slot.Copy = copy;
            }

            return copy;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogNotComputed(logger, period.Key, cityId, e);
            return null;
        }
        finally
        {
            lock (slot)
            {
                slot.Computing = null;
            }
        }
    });

    [LoggerMessage(Level = LogLevel.Warning, Message = "The ratings of period {Period} of city {CityId} were not computed")]
    private static partial void LogNotComputed(ILogger logger, string period, Guid cityId, Exception exception);

    private sealed record KeptCopy(CityRatings Ratings, DateTimeOffset ReadAt);

    /// <summary>Guarded by locking the slot itself.</summary>
    private sealed class Slot
    {
        public KeptCopy? Copy { get; set; }

        public Task<KeptCopy?>? Computing { get; set; }
    }
}
