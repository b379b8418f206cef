using System.Diagnostics;
using System.Globalization;
using OpenKazan.Benchmarks.Infrastructure;

namespace OpenKazan.Benchmarks.Reads;

/// <summary>What one endpoint achieved: the load phase, its first (cold) answer and the mean size of an answer.</summary>
public sealed record ReadsResult(ReadsEndpoint Endpoint, LoadResult Load, double FirstMs, double MeanBytes)
{
    public int Failed => Load.Failed;
}

/// <summary>The run's size and shape; <see cref="MeasureAsync"/> drives each endpoint in turn with closed-loop workers.</summary>
public sealed record ReadsRun(int Count, int Concurrency, TimeSpan WarmUp, TimeSpan Duration)
{
    public static async Task<List<ReadsResult>> MeasureAsync(
        ReadsRun run, HostProcess host, IReadOnlyList<ReadsEndpoint> endpoints, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(endpoints);
        using var client = new ReadsClient(host.Port, run.Concurrency);
        var results = new List<ReadsResult>();
        foreach (var endpoint in endpoints)
        {
            var clock = Stopwatch.StartNew();
            var first = await client.GetAsync(endpoint.Path(0), ct)
                ?? throw new InvalidOperationException($"{endpoint.Path(0)} did not answer 200 with a body.");
            var firstMs = clock.Elapsed.TotalMilliseconds;
            long calls = 0;
            long bytes = 0;
            long answers = 0;
            async Task<bool> Call(int worker, CancellationToken token)
            {
                var length = await client.GetAsync(endpoint.Path(Interlocked.Increment(ref calls)), token);
                if (length is { } l)
                {
                    Interlocked.Add(ref bytes, l);
                    Interlocked.Increment(ref answers);
                }

                return length is not null;
            }

            var load = await LoadRunner.RunAsync(endpoint.Name, run.Concurrency, run.WarmUp, run.Duration, Call, ct);
            if (calls + 1 > endpoint.CallsAtMost)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{endpoint.Name}: {calls + 1} calls, more than its {endpoint.CallsAtMost} numbers: the later calls were not first reads"));
            }

            var result = new ReadsResult(endpoint, load, firstMs, answers == 0 ? first : (double)bytes / answers);
            results.Add(result);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{endpoint.Name}: {load.PerSecond:0.0}/s, p50 {load.Percentile(50):0.0} ms, p99 {load.Percentile(99):0.0} ms, {load.Failed} failed, first {firstMs:0} ms, {result.MeanBytes / 1024:0.0} KB"));
        }

        return results;
    }
}
