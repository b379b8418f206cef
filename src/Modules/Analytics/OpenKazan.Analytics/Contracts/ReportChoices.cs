using OpenKazan.Analytics.ReportConstructor;

namespace OpenKazan.Analytics.Contracts;

/// <summary>What a measure's number is, so that it is shown and exported in its own unit.</summary>
public enum MeasureKind
{
    /// <summary>A number of requests or votes.</summary>
    Count,

    /// <summary>A share between 0 and 1, shown as a percentage.</summary>
    Share,

    /// <summary>Business minutes, shown in hours or days.</summary>
    Minutes,

    /// <summary>An average score from 1 to 5.</summary>
    Score,
}

/// <summary>A dimension a report can group by; a period (day, week, month) has ISO dates as its keys.</summary>
public sealed record ReportDimension(string Id, bool IsPeriod);

/// <summary>A measure a report can compute: the kind of its number and the group the measure picker shows it in.</summary>
public sealed record ReportMeasure(string Id, MeasureKind Kind, string Group);

/// <summary>The report constructor's closed lists, in the order a form offers them.</summary>
public static class ReportChoices
{
    /// <summary>The stages a request passes, in order: the ids in the per-stage measures (<c>median.accept</c>).</summary>
    public static IReadOnlyList<string> Stages => ReportCatalog.Stages;

    /// <summary>The measure picker's groups, in order.</summary>
    public static IReadOnlyList<string> MeasureGroups => ReportCatalog.MeasureGroups;

    public static IReadOnlyDictionary<string, ReportDimension> Dimensions { get; } =
        ReportCatalog.Dimensions.Values.ToDictionary(d => d.Id, d => new ReportDimension(d.Id, d.IsPeriod), StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, ReportMeasure> Measures { get; } =
        ReportCatalog.Measures.Values.ToDictionary(m => m.Id, m => new ReportMeasure(m.Id, m.Kind, m.Group), StringComparer.Ordinal);
}
