namespace OpenKazan.Benchmarks.Infrastructure;

/// <summary>A harness's table in docs/benchmarks.md: one marked block per run kind, replaced on each run.</summary>
public static class BenchmarksDoc
{
    /// <summary>Replaces the marked block, or adds it at the end of its section (the section at the file's end when missing).</summary>
    public static void WriteBlock(string repository, string heading, string marker, string table)
    {
        ArgumentNullException.ThrowIfNull(heading);
        var path = Path.Combine(repository, "docs", "benchmarks.md");
        var doc = File.ReadAllText(path);
        var begin = $"<!-- {marker} -->";
        var end = $"<!-- /{marker} -->";
        var block = $"{begin}\n{table}\n{end}";
        var at = doc.IndexOf(begin, StringComparison.Ordinal);
        var endAt = doc.IndexOf(end, StringComparison.Ordinal);
        if (at >= 0 && endAt > at)
        {
            doc = string.Concat(doc.AsSpan(0, at), block, doc.AsSpan(endAt + end.Length));
        }
        else if (doc.IndexOf(heading, StringComparison.Ordinal) is var section and >= 0)
        {
            var next = doc.IndexOf("\n## ", section + heading.Length, StringComparison.Ordinal);
            doc = next < 0 ? $"{doc.TrimEnd()}\n\n{block}\n" : string.Concat(doc.AsSpan(0, next).TrimEnd(), $"\n\n{block}\n", doc.AsSpan(next));
        }
        else
        {
            doc = $"{doc.TrimEnd()}\n\n{heading}\n\n{block}\n";
        }

        File.WriteAllText(path, doc);
    }
}
