namespace OpenKazan.Analytics.Contracts;

/// <summary>
/// What a user asks for: group by these dimensions, compute these measures over requests registered between
/// <see cref="From"/> and <see cref="To"/> (inclusive, city dates), optionally side by side with a second period.
/// Filters keep only rows whose dimension value is one of the listed values.
/// </summary>
public sealed record ReportSpec(
    IReadOnlyList<string> Dimensions,
    IReadOnlyList<string> Measures,
    DateOnly From,
    DateOnly To,
    DateOnly? CompareFrom = null,
    DateOnly? CompareTo = null,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Filters = null);

/// <summary>One row of a report: the dimension values (keys and readable labels) and one number per measure.</summary>
public sealed record ReportRow(IReadOnlyList<string> Keys, IReadOnlyList<string> Labels, IReadOnlyList<double?> Values, IReadOnlyList<double?>? Comparison);

/// <summary>A computed report: headers in the order asked, rows sorted by their keys.</summary>
public sealed record ReportTable(IReadOnlyList<string> Dimensions, IReadOnlyList<string> Measures, IReadOnlyList<ReportRow> Rows);
