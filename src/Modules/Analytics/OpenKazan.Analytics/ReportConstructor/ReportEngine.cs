using OpenKazan.Analytics.Contracts;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Analytics.ReportConstructor;

/// <summary>Grouped numbers keyed by the joined dimension keys.</summary>
internal sealed record GroupedValues(Dictionary<string, (IReadOnlyList<string> Keys, double?[] Values)> Groups);

/// <summary>
/// Runs a checked report: the request measures over the city's facts held in memory (<see cref="FactStore"/>, the
/// same on every database engine), the vote measures over the votes (<see cref="VoteReport"/>), merged by group.
/// Labels are added after aggregation, from the registry.
/// </summary>
internal sealed class ReportEngine(TenantScopedDbContext db, ReportLabels labels, ITenantStore cities, FactStore facts)
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

    /// <summary>The request measures from the facts and the vote measures from the votes, merged by group in the asked order.</summary>
    private async Task<GroupedValues> ComputeAsync(ReportQuery query, ReportScope scope, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var requestPart = query with { Measures = query.Measures.Where(m => m.Source == MeasureSource.Requests).ToList() };
        var votePart = query with { Measures = query.Measures.Where(m => m.Source == MeasureSource.Votes).ToList() };
        var requests = requestPart.Measures.Count == 0 ? null : await facts.ReadAsync(
            db, scope.Cities, scope.CrossCity, sets => ColumnarReport.Group(sets, requestPart, scope.OrganisationId, from, to), ct);
        var votes = votePart.Measures.Count == 0 ? null : await VoteReport.RunAsync(db, votePart, scope, from, to, ZoneOf, ct);
        return votes is null || requests is null ? requests ?? votes! : Merge(query, requests, votes);
    }

    private static GroupedValues Merge(ReportQuery query, GroupedValues requests, GroupedValues votes)
    {
        // Where each asked measure's value sits among the values of its own source.
        var positions = query.Measures
            .Select((m, i) => (m.Source, At: query.Measures.Take(i).Count(earlier => earlier.Source == m.Source)))
            .ToList();
        var merged = new Dictionary<string, (IReadOnlyList<string>, double?[])>(StringComparer.Ordinal);
        foreach (var key in requests.Groups.Keys.Union(votes.Groups.Keys))
        {
            var (requestKeys, requestValues) = requests.Groups.GetValueOrDefault(key);
            var (voteKeys, voteValues) = votes.Groups.GetValueOrDefault(key);
            var values = positions.Select(p => (p.Source == MeasureSource.Votes ? voteValues : requestValues)?[p.At]).ToArray();
            merged[key] = (requestKeys ?? voteKeys, values);
        }

        return new GroupedValues(merged);
    }

    private TimeZoneInfo ZoneOf(Guid city) =>
        cities.FindById(city) is { } info ? info.Zone : TimeZoneInfo.Utc;
}
