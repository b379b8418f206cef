using System.Globalization;
using OpenKazan.Analytics.Contracts;
using OpenKazan.Analytics.ReportConstructor;

namespace OpenKazan.Analytics.Export;

/// <summary>
/// A report as a file for people: the same rows and numbers as the table, labels and headers in the reader's language,
/// typed cells (periods as dates, shares as percentages, times as durations), a title line in XLSX.
/// CSV is written by <see cref="CsvSheetWriter"/>, XLSX by <see cref="XlsxWriter"/>.
/// </summary>
internal static class ReportExport
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static Sheet ToSheet(ReportTable table, ReportSpec spec, IReportWording wording)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(wording);
        var dimensions = table.Dimensions.Select(d => ReportCatalog.Dimensions[d]).ToList();
        var measures = table.Measures.Select(m => ReportCatalog.Measures[m]).ToList();
        var columns = dimensions.Select(d => new SheetColumn(wording.Dimension(d.Id), DimensionKind(d))).ToList();
        var measureColumns = measures.Select(m => new SheetColumn(Header(wording, m), CellKindOf(m.Kind))).ToList();
        columns.AddRange(measureColumns);
        var compared = table.Rows.Any(r => r.Comparison is not null);
        if (compared)
        {
            columns.AddRange(measureColumns.Select(c => c with { Header = wording.Compared(c.Header) }));
        }

        var rows = table.Rows.Select(r => (IReadOnlyList<object?>)dimensions.Select((d, i) => Cell(d, r.Keys[i], r.Labels[i]))
            .Concat(r.Values.Cast<object?>())
            .Concat(compared ? r.Comparison?.Cast<object?>() ?? new object?[measures.Count] : [])
            .ToList()).ToList();
        return new Sheet(wording.Title(spec), columns, rows);
    }

    public static async Task WriteAsync(Sheet sheet, string format, CultureInfo culture, Stream output, CancellationToken ct)
    {
        if (format == "csv")
        {
            await CsvSheetWriter.WriteAsync(sheet, culture, output, ct);
        }
        else
        {
            XlsxWriter.Write(sheet, output);
        }
    }

    public static string Header(IReportWording wording, Measure measure)
    {
        ArgumentNullException.ThrowIfNull(wording);
        ArgumentNullException.ThrowIfNull(measure);
        var unit = wording.Unit(measure.Kind);
        return unit.Length == 0 ? wording.Measure(measure.Id) : $"{wording.Measure(measure.Id)}, {unit}";
    }

    public static CellKind CellKindOf(MeasureKind kind) => kind switch
    {
        MeasureKind.Share => CellKind.Share,
        MeasureKind.Minutes => CellKind.Minutes,
        MeasureKind.Score => CellKind.Score,
        _ => CellKind.Count,
    };

    private static CellKind DimensionKind(Dimension dimension) =>
        !dimension.IsPeriod ? CellKind.Text : dimension.Id == "month" ? CellKind.Month : CellKind.Date;

    private static object Cell(Dimension dimension, string key, string label) =>
        dimension.IsPeriod && DateOnly.TryParseExact(key, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : label;
}
