using Microsoft.Extensions.Caching.Memory;

namespace OpenKazan.Identity.Throttling;

/// <summary>
/// Counters of attempts by key (an e-mail, an address or both), kept in this node's memory with a bounded size: a
/// failure counter whose wait doubles with every failure beyond the free ones, and a fixed-window counter. Each
/// node counts on its own; behind N nodes an attacker gets at most N times the figures.
/// </summary>
public sealed class AttemptLedger(TimeProvider time) : IDisposable
{
    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = 200_000 });

    /// <summary>How long the key must still wait before its next attempt (zero when it may go ahead).</summary>
    public TimeSpan Wait(string key)
    {
        var entry = _entries.Get<Entry>(key);
        if (entry is null)
        {
            return TimeSpan.Zero;
        }

        lock (entry)
        {
            var left = entry.Until - time.GetUtcNow();
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }

    /// <summary>Counts a failure; past <paramref name="free"/> failures each one makes the key wait twice as long as the last.</summary>
    public void Fail(string key, int free, TimeSpan first, TimeSpan longest)
    {
        var entry = Touch(key, longest + longest);
        lock (entry)
        {
            entry.Count++;
            var beyond = entry.Count - free;
            if (beyond > 0)
            {
                var delay = first * Math.Pow(2, Math.Min(beyond - 1, 30));
                entry.Until = time.GetUtcNow() + (delay < longest ? delay : longest);
            }
        }
    }

    public void Clear(string key) => _entries.Remove(key);

    /// <summary>Takes one of <paramref name="permits"/> in the key's current window; false once they are used up.</summary>
    public bool TryTake(string key, int permits, TimeSpan window)
    {
        var entry = Touch(key, window);
        lock (entry)
        {
            var now = time.GetUtcNow();
            if (now >= entry.Until)
            {
                entry.Count = 0;
                entry.Until = now + window;
            }

            entry.Count++;
            return entry.Count <= permits;
        }
    }

    public void Dispose() => _entries.Dispose();

    private Entry Touch(string key, TimeSpan keep) =>
        _entries.GetOrCreate(key, e =>
        {
            e.Size = 1;
            e.SlidingExpiration = keep;
            return new Entry();
        })!;

    private sealed class Entry
    {
        public int Count { get; set; }

        public DateTimeOffset Until { get; set; }
    }
}
