using System.Globalization;
using System.Text;

namespace OpenKazan.Benchmarks.Queue;

/// <summary>The run's table in Markdown (one block per city size in docs/benchmarks.md, replaced on each run).</summary>
public static class QueueTable
{
    public const string Heading = "## Staff work queues at city scale (issue 16)";

    public static string Markdown(IReadOnlyList<QueueResult> results, long requests, int concurrency, string loadAverage)
    {
        ArgumentNullException.ThrowIfNull(results);
        var baseline = results.Where(r => r.Page.IsBaseline).Average(r => r.Load.PerSecond);
        var text = new StringBuilder();
        text.AppendLine(Invariant($"{requests:N0} Kazan requests, run of {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {concurrency} signed-in connections per page (load average at the end {loadAverage})."));
        text.AppendLine();
        text.AppendLine("| page | total shown (SQL count) | req/s | p50 ms | p95 ms | p99 ms | × baseline | first answer ms | page KB | failed |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            var ratio = r.Page.IsBaseline ? "—" : Invariant($"{r.Load.PerSecond / baseline:0.00}");
            var total = r.Shown is { } shown ? Invariant($"{shown:N0} ({r.Page.Expected:N0})") : "—";
            text.AppendLine(Invariant(
                $"| {r.Page.Name} | {total} | {r.Load.PerSecond:N0} | {r.Load.Percentile(50):0.0} | {r.Load.Percentile(95):0.0} | {r.Load.Percentile(99):0.0} | {ratio} | {r.FirstMs:0} | {r.Characters / 1024.0:N1} | {r.Load.Failed} |"));
        }

        text.AppendLine();
        text.Append(Invariant($"Baseline: the mean of the two `/health/live` runs, {baseline:N0} req/s."));
        return text.ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
