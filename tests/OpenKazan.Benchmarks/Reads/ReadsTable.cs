using System.Globalization;
using System.Text;

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

    /// <summary>Replaces this size's block in the section, or adds it at the section's end (the section at the file's end).</summary>
    public static void WriteIntoDocs(string repository, long requests, string table)
    {
        var path = Path.Combine(repository, "docs", "benchmarks.md");
        var doc = File.ReadAllText(path);
        var begin = Invariant($"<!-- reads {requests} -->");
        var end = Invariant($"<!-- /reads {requests} -->");
        var block = $"{begin}\n{table}\n{end}";
        var at = doc.IndexOf(begin, StringComparison.Ordinal);
        var endAt = doc.IndexOf(end, StringComparison.Ordinal);
        if (at >= 0 && endAt > at)
        {
            doc = string.Concat(doc.AsSpan(0, at), block, doc.AsSpan(endAt + end.Length));
        }
        else if (doc.IndexOf(Heading, StringComparison.Ordinal) is var section and >= 0)
        {
            var next = doc.IndexOf("\n## ", section + Heading.Length, StringComparison.Ordinal);
            doc = next < 0 ? $"{doc.TrimEnd()}\n\n{block}\n" : string.Concat(doc.AsSpan(0, next).TrimEnd(), $"\n\n{block}\n", doc.AsSpan(next));
        }
        else
        {
            doc = $"{doc.TrimEnd()}\n\n{Heading}\n\n{block}\n";
        }

        File.WriteAllText(path, doc);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
