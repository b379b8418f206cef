using System.Text;

namespace OpenKazan.TenantGenerator.Output;

/// <summary>
/// RFC 4180 CSV as the package format requires: comma separator, a header line, fields quoted only when they
/// contain a comma, a quote or a line break. Lines end with "\n" and there is no BOM, so the files are identical
/// whichever OS generates them.
/// </summary>
internal sealed class CsvWriter : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly StreamWriter writer;

    public CsvWriter(string path, string header)
    {
        writer = new StreamWriter(path, append: false, Utf8NoBom) { NewLine = "\n" };
        writer.WriteLine(header);
    }

    public void WriteRow(params string[] fields) => writer.WriteLine(string.Join(',', fields.Select(Escape)));

    public void Dispose() => writer.Dispose();

    private static string Escape(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
}
