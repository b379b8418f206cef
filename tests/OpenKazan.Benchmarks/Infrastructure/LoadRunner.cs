using System.Diagnostics;

namespace OpenKazan.Benchmarks.Infrastructure;

/// <summary>What one timed phase achieved: successes, failures, wall time and every success's latency.</summary>
public sealed record LoadResult(string Name, int Succeeded, int Failed, TimeSpan Elapsed, IReadOnlyList<double> LatenciesMs)
{
    public double PerSecond => Succeeded / Elapsed.TotalSeconds;

    public double Percentile(double p)
    {
        if (LatenciesMs.Count == 0)
        {
            return double.NaN;
        }

        var sorted = LatenciesMs.Order().ToList();
        var index = (int)Math.Ceiling(p / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Count - 1)];
    }
}

/// <summary>
/// Closed-loop load: <c>concurrency</c> workers each run the operation back to back. The warm-up is run but not
/// counted (JIT, connection pools, caches); the measured window then runs for the given duration.
/// </summary>
public static class LoadRunner
{
    public static async Task<LoadResult> RunAsync(
        string name, int concurrency, TimeSpan warmUp, TimeSpan duration, Func<int, CancellationToken, Task<bool>> operation, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var measureFrom = warmUp;
        var stopAt = warmUp + duration;
        var workers = Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            var latencies = new List<double>();
            var failed = 0;
            while (!ct.IsCancellationRequested)
            {
                var started = clock.Elapsed;
                if (started >= stopAt)
                {
                    break;
                }

                var ok = await operation(worker, ct);
                if (started < measureFrom)
                {
                    continue;
                }

                if (ok)
                {
                    latencies.Add((clock.Elapsed - started).TotalMilliseconds);
                }
                else
                {
                    failed++;
                }
            }

            return (latencies, failed);
        }, ct)).ToList();
        var results = await Task.WhenAll(workers);
        var elapsed = clock.Elapsed - measureFrom;
        var all = results.SelectMany(r => r.latencies).ToList();
        return new LoadResult(name, all.Count, results.Sum(r => r.failed), elapsed, all);
    }
}
