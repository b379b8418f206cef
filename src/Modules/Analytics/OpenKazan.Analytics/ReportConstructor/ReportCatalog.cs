using System.Globalization;
using OpenKazan.Analytics.Contracts;

namespace OpenKazan.Analytics.ReportConstructor;

/// <summary>How a dimension's value is turned into a readable label.</summary>
internal enum LabelKind
{
    Text,
    District,
    Organisation,
    Category,
    City,
    Period,
}

/// <summary>
/// A dimension: a text field of the facts (<see cref="Field"/>) or a period that buckets the local date
/// (<see cref="Period"/> maps a day number to the day number that starts its bucket). <see cref="AppliesToVotes"/> says
/// whether a vote (which has an organisation, a district and a date, not a category or a channel) can be grouped by it.
/// </summary>
internal sealed record Dimension(
    string Id, LabelKind Label, FactField? Field, Func<int, int>? Period = null, bool IsGuid = false, bool AppliesToVotes = false)
{
    public bool IsPeriod => Period is not null;

    public int Code(FactColumns set, int row)
    {
        ArgumentNullException.ThrowIfNull(set);
        return Period is { } bucket ? bucket(set.Day[row]) : set[Field!.Value].Codes[row];
    }

    public string Text(FactColumns set, int code)
    {
        ArgumentNullException.ThrowIfNull(set);
        return Period is null ? set[Field!.Value].Text(code) : DateOnly.FromDayNumber(code).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}

/// <summary>What a measure counts: requests (the facts) or residents' votes on organisations.</summary>
internal enum MeasureSource
{
    Requests,
    Votes,
}

/// <summary>
/// A measure: an aggregate over the rows of one group, what kind of number it gives, and the group the measure picker
/// shows it in (<see cref="ReportCatalog.MeasureGroups"/>).
/// </summary>
internal sealed record Measure(
    string Id, Func<RowGroup, double?> Compute, MeasureKind Kind, string Group, MeasureSource Source = MeasureSource.Requests);

/// <summary>
/// The closed list of dimensions and measures. Unknown names are refused before anything runs. Measures skip unknown
/// values (a stage not met, a request not rated) as SQL's aggregates skip nulls; percentiles are continuous, as
/// PostgreSQL's percentile_cont.
/// </summary>
internal static class ReportCatalog
{
    /// <summary>The stages, in the order of <see cref="FactColumns.Minutes"/> and <see cref="FactColumns.OnTime"/>.</summary>
    public static readonly IReadOnlyList<string> Stages = ["accept", "localise", "resolve"];

    public static IReadOnlyDictionary<string, Dimension> Dimensions { get; } = new Dimension[]
    {
        new("district", LabelKind.District, FactField.District, IsGuid: true, AppliesToVotes: true),
        new("organisation", LabelKind.Organisation, FactField.Organisation, IsGuid: true, AppliesToVotes: true),
        new("organisationType", LabelKind.Text, FactField.OrganisationType, AppliesToVotes: true),
        new("category", LabelKind.Category, FactField.Category, IsGuid: true),
        new("categoryGroup", LabelKind.Text, FactField.CategoryGroup),
        new("channel", LabelKind.Text, FactField.Channel),
        new("requesterKind", LabelKind.Text, FactField.RequesterKind),
        new("status", LabelKind.Text, FactField.Status),
        new("priority", LabelKind.Text, FactField.Priority),
        new("day", LabelKind.Period, null, day => day, AppliesToVotes: true),
        new("week", LabelKind.Period, null, day => Periods.WeekStart(DateOnly.FromDayNumber(day)).DayNumber, AppliesToVotes: true),
        new("month", LabelKind.Period, null, day => Periods.MonthStart(DateOnly.FromDayNumber(day)).DayNumber, AppliesToVotes: true),
        new("city", LabelKind.City, FactField.City, IsGuid: true, AppliesToVotes: true),
    }.ToDictionary(d => d.Id, StringComparer.Ordinal);

    /// <summary>The measure picker's groups, in order: the volume of work, the stages' deadlines and times, residents' opinions.</summary>
    public static readonly IReadOnlyList<string> MeasureGroups = ["volume", "stages", "opinion"];

    public static IReadOnlyDictionary<string, Measure> Measures { get; } = BuildMeasures().ToDictionary(m => m.Id, StringComparer.Ordinal);

    private static IEnumerable<Measure> BuildMeasures()
    {
        yield return new("count", rows => rows.Count, MeasureKind.Count, "volume");
        yield return new("resolvedShare", rows => Aggregates.Share(rows.Select((set, row) => (bool?)set.Resolved[row])), MeasureKind.Share, "volume");
        yield return new("reopenRate", rows => Aggregates.Share(rows.Select((set, row) => (bool?)(set.ReopenCount[row] > 0))), MeasureKind.Share, "volume");
        for (var i = 0; i < Stages.Count; i++)
        {
            var stage = i;
            yield return new($"onTimeShare.{Stages[i]}", rows => Aggregates.Share(rows.Select((set, row) => Flag(set.OnTime[stage][row]))), MeasureKind.Share, "stages");
            yield return new($"median.{Stages[i]}", rows => Aggregates.PercentileCont(rows.Select((set, row) => Known(set.Minutes[stage][row])), 0.5), MeasureKind.Minutes, "stages");
            yield return new($"p90.{Stages[i]}", rows => Aggregates.PercentileCont(rows.Select((set, row) => Known(set.Minutes[stage][row])), 0.9), MeasureKind.Minutes, "stages");
        }

        yield return new("averageFeedback", rows => Aggregates.Average(rows.Select((set, row) => Known(set.FeedbackScore[row]))), MeasureKind.Score, "opinion");
        yield return new("votes", rows => rows.Count, MeasureKind.Count, "opinion", MeasureSource.Votes);
        yield return new("averageVote", rows => Aggregates.Average(rows.Select((set, row) => Known(set.VoteScore[row]))), MeasureKind.Score, "opinion", MeasureSource.Votes);
    }

    private static bool? Flag(sbyte value) => value == FactColumns.None ? null : value == 1;

    private static int? Known(int value) => value == FactColumns.None ? null : value;
}
