using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace OpenKazan.BuildingBlocks.Security;

/// <summary>
/// Quotas counted for every node of a deployment together in <see cref="IAttemptCounters"/>, without a database write
/// per call: each node counts in memory and folds its calls into the shared counter in batches
/// (<see cref="QuotaWindow"/> says when, and bounds the overshoot). One per node (a singleton); refused calls are not
/// counted, as with the framework's fixed-window limiters.
/// </summary>
public sealed class SharedQuotas(IServiceScopeFactory scopes, TimeProvider time)
{
    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, QuotaWindow> _windows = new(StringComparer.Ordinal);
    private long _nextSweepAtMs;

    /// <summary>Takes one call of the key's quota; when it is used up, how long until the window ends.</summary>
    public async Task<TimeSpan?> RefusalAsync(string key, QuotaRule rule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var now = time.GetUtcNow();
        SweepIdle(now);
        var window = _windows.GetOrAdd(key, _ => new QuotaWindow());
        QuotaStep step;
        lock (window)
        {
            step = window.Take(now, rule);
        }

        if (step.Fold == 0)
        {
            return step.RetryAfter;
        }

        AttemptTally tally;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            tally = await scope.ServiceProvider.GetRequiredService<IAttemptCounters>().AddAsync(key, step.Fold, rule.Window, cancellationToken);
        }
        catch
        {
            lock (window)
            {
                window.FoldFailed(step.Fold);
            }

            throw;
        }

        lock (window)
        {
            return window.Folded(step.Fold, tally, time.GetUtcNow(), rule);
        }
    }

    /// <summary>
    /// Forgets the windows that ended (a client address seen once must not stay in memory), at most once a minute so the
    /// walk over all keys stays off nearly every call.
    /// </summary>
    private void SweepIdle(DateTimeOffset now)
    {
        var due = Interlocked.Read(ref _nextSweepAtMs);
        if (now.ToUnixTimeMilliseconds() < due
            || Interlocked.CompareExchange(ref _nextSweepAtMs, (now + SweepEvery).ToUnixTimeMilliseconds(), due) != due)
        {
            return;
        }

        foreach (var (key, window) in _windows)
        {
            bool idle;
            lock (window)
            {
                idle = window.IsIdle(now);
            }

            if (idle)
            {
                _windows.TryRemove(new KeyValuePair<string, QuotaWindow>(key, window));
            }
        }
    }
}
