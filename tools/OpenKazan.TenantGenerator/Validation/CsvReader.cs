using System.Text;

namespace OpenKazan.TenantGenerator.Validation;

/// <summary>A minimal RFC 4180 reader: the validator re-reads what was written, as an importer would.</summary>
internal static class CsvReader
{
    /// <summary>Returns the header line as written and the data rows as field lists.</summary>
    public static (string Header, List<string[]> Rows) Read(string path)
    {
        string text = File.ReadAllText(path, Encoding.UTF8);
        var records = Parse(text);
        if (records.Count == 0)
        {
            throw new InvalidDataException($"{path} is empty.");
        }

        string header = text[..text.IndexOf('\n', StringComparison.Ordinal)];
        int width = records[0].Length;
        var rows = records.Skip(1).ToList();
        var ragged = rows.FindIndex(r => r.Length != width);
        if (ragged >= 0)
        {
            throw new InvalidDataException($"{path}: row {ragged + 2} has {rows[ragged].Length} fields, the header {width}.");
        }

        return (header, rows);
    }

    private static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add([.. fields]);
        }

        return records;
    }
}
