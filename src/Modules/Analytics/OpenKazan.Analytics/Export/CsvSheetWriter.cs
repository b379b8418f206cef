using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using OpenKazan.Analytics.Contracts;

namespace OpenKazan.Analytics.Export;

/// <summary>
/// Writes a <see cref="Sheet"/> as CSV that Excel opens in the reader's language: UTF-8 with a byte order mark (so
/// Cyrillic reads right), the reader's list separator and decimal mark, headers in words, shares as percentages and
/// durations in hours (the header names the unit), dates as the reader writes them. The title is not written: the
/// first line is the header, so the file stays a plain table.
/// </summary>
internal static class CsvSheetWriter
{
    public static async Task WriteAsync(Sheet sheet, CultureInfo culture, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(culture);
        await using var writer = new StreamWriter(output, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        var configuration = new CsvConfiguration(culture) { Delimiter = culture.TextInfo.ListSeparator };
        await using var csv = new CsvWriter(writer, configuration);
        foreach (var column in sheet.Columns)
        {
            csv.WriteField(column.Header);
        }

        await csv.NextRecordAsync();
        foreach (var row in sheet.Rows)
        {
            for (var i = 0; i < sheet.Columns.Count; i++)
            {
                csv.WriteField(Text(i < row.Count ? row[i] : null, sheet.Columns[i].Kind, culture));
            }

            await csv.NextRecordAsync();
            ct.ThrowIfCancellationRequested();
        }

        await csv.FlushAsync();
    }

    private static string Text(object? value, CellKind kind, CultureInfo culture) => (value, kind) switch
    {
        (null, _) => string.Empty,
        (double share, CellKind.Share) => (share * 100).ToString("0.0", culture),
        (double minutes, CellKind.Minutes) => (minutes / 60).ToString("0.0", culture),
        (double score, CellKind.Score) => score.ToString("0.00", culture),
        (double count, _) => count.ToString("0.##", culture),
        (DateOnly day, CellKind.Month) => day.ToString("MM.yyyy", culture),
        (DateOnly day, _) => day.ToString("d", culture),
        _ => Convert.ToString(value, culture) ?? string.Empty,
    };
}
