using System.Globalization;

namespace OpenKazan.Analytics.ReportConstructor;

/// <summary>How a dimension's value is turned into a readable label.</summary>
public enum LabelKind
{
    Text,
    District,
    Organisation,
    Category,
    City,
    Period,
}

/// <summary>
/// A dimension: its fact column (or period expression) on PostgreSQL and the same key computed in memory.
/// <see cref="AppliesToVotes"/> says whether a vote (which has an organisation, a district and a date, not a category or a
/// channel) can be grouped by it.
/// </summary>
public sealed record Dimension(
    string Id, string Sql, Func<FactRow, string?> Key, LabelKind Label, bool IsPeriod = false, bool IsGuid = false, bool AppliesToVotes = false);

/// <summary>What a measure counts: requests (the fact table) or residents' votes on organisations.</summary>
public enum MeasureSource
{
    Requests,
    Votes,
}

/// <summary>A measure: its aggregate on PostgreSQL and the same aggregate in memory.</summary>
public sealed record Measure(string Id, string Sql, Func<IReadOnlyList<FactRow>, double?> Compute, MeasureSource Source = MeasureSource.Requests);

/// <summary>
/// The closed list of dimensions and measures. SQL text comes only from here, never from the caller, so the
/// generated query cannot be injected; unknown names are refused before anything runs.
/// </summary>
public static class ReportCatalog
{
    public static readonly IReadOnlyList<string> Stages = ["accept", "localise", "resolve"];

    public static IReadOnlyDictionary<string, Dimension> Dimensions { get; } = new Dimension[]
    {
        new("district", "\"DistrictId\"", f => Text(f.DistrictId), LabelKind.District, IsGuid: true, AppliesToVotes: true),
        new("organisation", "\"OrganisationId\"", f => Text(f.OrganisationId), LabelKind.Organisation, IsGuid: true, AppliesToVotes: true),
        new("organisationType", "\"OrganisationType\"", f => f.OrganisationType, LabelKind.Text, AppliesToVotes: true),
        new("category", "\"CategoryId\"", f => Text(f.CategoryId), LabelKind.Category, IsGuid: true),
        new("categoryGroup", "\"CategoryGroup\"", f => f.CategoryGroup, LabelKind.Text),
        new("channel", "\"Channel\"", f => f.Channel, LabelKind.Text),
        new("requesterKind", "\"RequesterKind\"", f => f.RequesterKind, LabelKind.Text),
        new("status", "\"Status\"", f => f.Status, LabelKind.Text),
        new("priority", "\"Priority\"", f => f.Priority, LabelKind.Text),
        new("day", "\"RegisteredOn\"", f => Text(f.RegisteredOn), LabelKind.Period, IsPeriod: true, AppliesToVotes: true),
        new("week", "date_trunc('week', \"RegisteredOn\")::date", f => Text(Periods.WeekStart(f.RegisteredOn)), LabelKind.Period, IsPeriod: true, AppliesToVotes: true),
        new("month", "date_trunc('month', \"RegisteredOn\")::date", f => Text(Periods.MonthStart(f.RegisteredOn)), LabelKind.Period, IsPeriod: true, AppliesToVotes: true),
        new("city", "\"TenantId\"", f => Text(f.TenantId), LabelKind.City, IsGuid: true, AppliesToVotes: true),
    }.ToDictionary(d => d.Id, StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, Measure> Measures { get; } = BuildMeasures().ToDictionary(m => m.Id, StringComparer.Ordinal);

    private static IEnumerable<Measure> BuildMeasures()
    {
        yield return new("count", "count(*)::float8", rows => rows.Count);
        yield return new("resolvedShare", "avg(\"Resolved\"::int)::float8", rows => Aggregates.Share(rows.Select(r => (bool?)r.Resolved)));
        yield return new("reopenRate", "avg((\"ReopenCount\" > 0)::int)::float8", rows => Aggregates.Share(rows.Select(r => (bool?)(r.ReopenCount > 0))));
        foreach (var stage in Stages)
        {
            var column = char.ToUpperInvariant(stage[0]) + stage[1..];
            var onTime = FactRow.OnTimeOf(stage);
            var minutes = FactRow.MinutesOf(stage);
            yield return new($"onTimeShare.{stage}", $"avg(\"{column}OnTime\"::int)::float8", rows => Aggregates.Share(rows.Select(onTime)));
            yield return new($"median.{stage}", $"percentile_cont(0.5) within group (order by \"{column}Minutes\")",
                rows => Aggregates.PercentileCont(rows.Select(minutes), 0.5));
            yield return new($"p90.{stage}", $"percentile_cont(0.9) within group (order by \"{column}Minutes\")",
                rows => Aggregates.PercentileCont(rows.Select(minutes), 0.9));
        }

        yield return new("averageFeedback", "avg(\"FeedbackScore\")::float8", rows => Aggregates.Average(rows.Select(r => r.FeedbackScore)));

        // Votes are few (one per resident, organisation and period): they are aggregated in memory on every engine.
        yield return new("votes", string.Empty, rows => rows.Count, MeasureSource.Votes);
        yield return new("averageVote", string.Empty, rows => Aggregates.Average(rows.Select(r => r.VoteScore)), MeasureSource.Votes);
    }

    private static string? Text(Guid? id) => id?.ToString();

    private static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
