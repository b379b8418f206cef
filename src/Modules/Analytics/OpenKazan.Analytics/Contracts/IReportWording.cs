using System.Globalization;

namespace OpenKazan.Analytics.Contracts;

/// <summary>
/// The words an exported report needs in the reader's language (implemented by the host with its resources): column
/// headers, units, the title line, the culture numbers and dates are written in.
/// </summary>
public interface IReportWording
{
    CultureInfo Culture { get; }

    string Dimension(string id);

    string Measure(string id);

    /// <summary>The unit a header names after the measure ("%", "ч"); empty when the number speaks for itself.</summary>
    string Unit(MeasureKind kind);

    /// <summary>The header of a measure's column for the comparison period.</summary>
    string Compared(string header);

    /// <summary>The title line: the city, the period (and the compared one), the filters.</summary>
    string Title(ReportSpec spec);
}
