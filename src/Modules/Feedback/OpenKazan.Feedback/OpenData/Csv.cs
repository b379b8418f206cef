using System.Globalization;
using System.Text;

namespace OpenKazan.Feedback.OpenData;

/// <summary>RFC 4180 CSV with a header row; numbers and dates in invariant form (dates as ISO 8601 UTC).</summary>
internal static class Csv
{
    public static string Write<T>(IEnumerable<T> rows, IReadOnlyList<(string Name, Func<T, object?> Value)> columns)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', columns.Select(c => c.Name)).Append("\r\n");
        foreach (var row in rows)
        {
            text.AppendJoin(',', columns.Select(c => Field(c.Value(row)))).Append("\r\n");
        }

        return text.ToString();
    }

    /// <summary>
    /// The same file written row by row as the rows arrive (UTF-8, no BOM), so an export of any size holds one row
    /// and a write buffer in memory, never the whole file.
    /// </summary>
    public static async Task WriteAsync<T>(
        Stream output, IAsyncEnumerable<T> rows, IReadOnlyList<(string Name, Func<T, object?> Value)> columns, CancellationToken ct)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
        await writer.WriteAsync(string.Join(',', columns.Select(c => c.Name)) + "\r\n");
        await foreach (var row in rows.WithCancellation(ct))
        {
            await writer.WriteAsync(string.Join(',', columns.Select(c => Field(c.Value(row)))) + "\r\n");
        }

        await writer.FlushAsync(ct);
    }

    private static string Field(object? value)
    {
        var text = value switch
        {
            null => string.Empty,
            DateTime d => d.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            bool b => b ? "true" : "false",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }
}
