using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;

namespace OpenKazan.Analytics.ReportConstructor;

/// <summary>Grouped numbers keyed by the joined dimension keys.</summary>
internal sealed record GroupedValues(Dictionary<string, (IReadOnlyList<string> Keys, double?[] Values)> Groups);

/// <summary>
/// Runs a checked report over the fact table: on PostgreSQL as one generated GROUP BY (percentiles with
/// percentile_cont), elsewhere in memory with the same semantics (SQLite has no percentile function; it serves the
/// small development and test data sets). Labels are added after aggregation, from the registry.
/// </summary>
public sealed class ReportEngine(TenantScopedDbContext db, ReportLabels labels)
{
    internal const char KeySeparator = '\u001f';

    public async Task<ReportTable> RunAsync(ReportQuery query, ReportScope scope, string culture, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(scope);
        var main = await ComputeAsync(query, scope, query.From, query.To, ct);
        var comparison = query.Comparison is { } period ? await ComputeAsync(query, scope, period.From, period.To, ct) : null;
        var keys = main.Groups.Keys.Union(comparison is null ? [] : comparison.Groups.Keys).Order(StringComparer.Ordinal).ToList();
        var names = await labels.LoadAsync(query.Dimensions, scope, culture, ct);
        var rows = keys.Select(key =>
        {
            var dims = main.Groups.TryGetValue(key, out var m) ? m.Keys : comparison!.Groups[key].Keys;
            var values = m.Values ?? new double?[query.Measures.Count];
            var compared = comparison is null ? null : comparison.Groups.TryGetValue(key, out var c) ? c.Values : new double?[query.Measures.Count];
            var labelled = dims.Select((k, i) => names.Label(query.Dimensions[i], k)).ToList();
            return new ReportRow(dims, labelled, values, compared);
        }).ToList();
        return new ReportTable(query.Dimensions.Select(d => d.Id).ToList(), query.Measures.Select(x => x.Id).ToList(), rows);
    }

    private Task<GroupedValues> ComputeAsync(ReportQuery query, ReportScope scope, DateOnly from, DateOnly to, CancellationToken ct) =>
        db.Database.IsNpgsql()
            ? PostgresReport.RunAsync(db, query, scope, from, to, ct)
            : InMemoryReport.RunAsync(db, query, scope, from, to, ct);
}
