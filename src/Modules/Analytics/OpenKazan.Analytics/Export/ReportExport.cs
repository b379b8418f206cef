using System.Globalization;
using CsvHelper;
using MiniExcelLibs;
using OpenKazan.Analytics.ReportConstructor;

namespace OpenKazan.Analytics.Export;

/// <summary>
/// A report as a file: the same columns and numbers as the table (labels, then one column per measure, then the
/// comparison period's columns prefixed with "compare:"). CSV is written with CsvHelper, XLSX with MiniExcel.
/// </summary>
public static class ReportExport
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IReadOnlyList<string> Headers(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var headers = table.Dimensions.Concat(table.Measures).ToList();
        if (table.Rows.Any(r => r.Comparison is not null))
        {
            headers.AddRange(table.Measures.Select(m => $"compare:{m}"));
        }

        return headers;
    }

    public static IEnumerable<IReadOnlyList<object?>> Cells(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Rows.Select(r => (IReadOnlyList<object?>)r.Labels.Cast<object?>()
            .Concat(r.Values.Cast<object?>())
            .Concat(r.Comparison?.Cast<object?>() ?? [])
            .ToList());
    }

    public static async Task WriteCsvAsync(ReportTable table, Stream output, CancellationToken ct)
    {
        await using var writer = new StreamWriter(output, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var header in Headers(table))
        {
            csv.WriteField(header);
        }

        await csv.NextRecordAsync();
        foreach (var row in Cells(table))
        {
            foreach (var cell in row)
            {
                csv.WriteField(cell is double d ? d.ToString("R", CultureInfo.InvariantCulture) : cell);
            }

            await csv.NextRecordAsync();
        }

        await csv.FlushAsync();
        ct.ThrowIfCancellationRequested();
    }

    public static async Task WriteXlsxAsync(ReportTable table, Stream output, CancellationToken ct)
    {
        var headers = Headers(table);
        var rows = Cells(table).Select(cells =>
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < headers.Count; i++)
            {
                row[headers[i]] = i < cells.Count ? cells[i] : null;
            }

            return row;
        }).ToList();
        await output.SaveAsAsync(rows, sheetName: "report", cancellationToken: ct);
    }
}
