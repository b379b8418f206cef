using System.Globalization;
using System.Text;
using OpenKazan.Benchmarks.Infrastructure;

namespace OpenKazan.Benchmarks.Reads;

/// <summary>The run's table in Markdown, and its place in docs/benchmarks.md (one block per city size, replaced on each run).</summary>
public static class ReadsTable
{
    public const string Heading = "## Public reads at city scale (issue 17)";

    public static string Markdown(IReadOnlyList<ReadsResult> results, long requests, double? residentMegabytes, string loadAverage)
    {
        ArgumentNullException.ThrowIfNull(results);
        var baselines = results.Where(r => r.Endpoint.IsBaseline).ToList();
        var baseline = baselines.Average(r => r.Load.PerSecond);
        var text = new StringBuilder();
        text.AppendLine(Invariant($"{requests:N0} Kazan requests, run of {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC (load average at the end {loadAverage}); host RSS after the run {residentMegabytes:0} MB."));
        text.AppendLine();
        text.AppendLine("| endpoint | req/s | p50 ms | p99 ms | × baseline | first answer ms | answer KB | failed |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            var ratio = r.Endpoint.IsBaseline ? "—" : Invariant($"{r.Load.PerSecond / baseline:0.00}");
            text.AppendLine(Invariant(
                $"| {r.Endpoint.Name} | {r.Load.PerSecond:N0} | {r.Load.Percentile(50):0.0} | {r.Load.Percentile(99):0.0} | {ratio} | {r.FirstMs:0} | {r.MeanBytes / 1024:N1} | {r.Failed} |"));
        }

        text.AppendLine();
        text.Append(Invariant($"Baseline: the mean of the two `/health/live` runs, {baseline:N0} req/s."));
        return text.ToString();
    }

    /// <summary>Replaces this size's block in the section, or adds it at the section's end.</summary>
    public static void WriteIntoDocs(string repository, long requests, string table) =>
        BenchmarksDoc.WriteBlock(repository, Heading, Invariant($"reads {requests}"), table);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
