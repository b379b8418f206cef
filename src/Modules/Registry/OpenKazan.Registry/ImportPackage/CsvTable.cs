using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using OpenKazan.BuildingBlocks.Packages;

namespace OpenKazan.Registry.ImportPackage;

/// <summary>A CSV file of a package read as rows of named values, each row knowing its line number.</summary>
internal sealed class CsvTable
{
    private CsvTable(string file, IReadOnlyList<CsvRow> rows)
    {
        File = file;
        Rows = rows;
    }

    public string File { get; }

    public IReadOnlyList<CsvRow> Rows { get; }

    public static CsvTable Parse(string file, string? text, IReadOnlyList<string> requiredColumns, List<PackageError> errors)
    {
        ArgumentNullException.ThrowIfNull(requiredColumns);
        ArgumentNullException.ThrowIfNull(errors);
        if (text is null)
        {
            errors.Add(new PackageError(file, null, PackageErrorCodes.FileMissing));
            return new CsvTable(file, []);
        }

        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim, BadDataFound = null };
        using var reader = new StringReader(text);
        using var csv = new CsvReader(reader, config);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is null)
        {
            errors.Add(new PackageError(file, 1, PackageErrorCodes.HeaderMissing));
            return new CsvTable(file, []);
        }

        var header = csv.HeaderRecord.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var missing = requiredColumns.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            errors.Add(new PackageError(file, 1, PackageErrorCodes.ColumnsMissing, string.Join(", ", missing)));
            return new CsvTable(file, []);
        }

        var rows = new List<CsvRow>();
        while (csv.Read())
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                values[header[i]] = csv.TryGetField<string>(i, out var value) ? value ?? string.Empty : string.Empty;
            }

            rows.Add(new CsvRow(csv.Parser.RawRow, values));
        }

        return new CsvTable(file, rows);
    }
}

internal sealed record CsvRow(int Line, IReadOnlyDictionary<string, string> Values)
{
    public string this[string column] => Values.TryGetValue(column, out var value) ? value : string.Empty;

    public string? Optional(string column) => string.IsNullOrWhiteSpace(this[column]) ? null : this[column];
}
