using System.Globalization;
using System.IO.Compression;
using System.Xml;
using OpenKazan.Analytics.Contracts;

namespace OpenKazan.Analytics.Export;

/// <summary>
/// Writes a <see cref="Sheet"/> as an Office Open XML workbook: the title in A1, the headers on row 2 (bold, frozen
/// with the title, with an auto filter), then typed cells: numbers with a number, percentage or duration format and
/// dates as dates, so that Excel and LibreOffice sort, sum and chart them. Strings go to the shared-string table.
/// </summary>
internal static class XlsxWriter
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const int HeaderRow = 2;

    /// <summary>Style indexes in styles.xml, in the order of its cellXfs.</summary>
    private enum Style
    {
        Plain = 0,
        Title = 1,
        Header = 2,
        Count = 3,
        Share = 4,
        Minutes = 5,
        Score = 6,
        Date = 7,
        Month = 8,
    }

    public static void Write(Sheet sheet, Stream output)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var strings = new SharedStrings();
        Part(zip, "xl/worksheets/sheet1.xml", w => WriteSheet(w, sheet, strings));
        Part(zip, "xl/sharedStrings.xml", strings.Write);
        Part(zip, "xl/styles.xml", WriteStyles);
        Part(zip, "xl/workbook.xml", w =>
        {
            w.WriteStartElement("workbook", Main);
            w.WriteAttributeString("xmlns", "r", null, Relationships);
            w.WriteStartElement("sheets", Main);
            w.WriteStartElement("sheet", Main);
            w.WriteAttributeString("name", "Report");
            w.WriteAttributeString("sheetId", "1");
            w.WriteAttributeString("id", Relationships, "rId1");
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteStartElement("definedNames", Main);
            w.WriteStartElement("definedName", Main);
            w.WriteAttributeString("name", "_xlnm._FilterDatabase");
            w.WriteAttributeString("localSheetId", "0");
            w.WriteAttributeString("hidden", "1");
            w.WriteString($"Report!{FilterRange(sheet, absolute: true)}");
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
        });
        Part(zip, "xl/_rels/workbook.xml.rels", w => Rels(w, [
            ("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet", "worksheets/sheet1.xml"),
            ("rId2", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "styles.xml"),
            ("rId3", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings", "sharedStrings.xml"),
        ]));
        Part(zip, "_rels/.rels", w => Rels(w, [
            ("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "xl/workbook.xml"),
        ]));
        Part(zip, "[Content_Types].xml", WriteContentTypes);
    }

    private static void WriteSheet(XmlWriter w, Sheet sheet, SharedStrings strings)
    {
        w.WriteStartElement("worksheet", Main);
        w.WriteStartElement("sheetViews", Main);
        w.WriteStartElement("sheetView", Main);
        w.WriteAttributeString("workbookViewId", "0");
        w.WriteStartElement("pane", Main);
        w.WriteAttributeString("ySplit", HeaderRow.ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("topLeftCell", $"A{HeaderRow + 1}");
        w.WriteAttributeString("activePane", "bottomLeft");
        w.WriteAttributeString("state", "frozen");
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("cols", Main);
        for (var i = 0; i < sheet.Columns.Count; i++)
        {
            w.WriteStartElement("col", Main);
            var n = (i + 1).ToString(CultureInfo.InvariantCulture);
            w.WriteAttributeString("min", n);
            w.WriteAttributeString("max", n);
            w.WriteAttributeString("width", (sheet.Columns[i].Kind == CellKind.Text ? 32 : 16).ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("customWidth", "1");
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteStartElement("sheetData", Main);
        Row(w, 1, [(0, (object?)sheet.Title)], _ => Style.Title, strings);
        Row(w, HeaderRow, sheet.Columns.Select((c, i) => (i, (object?)c.Header)).ToList(), _ => Style.Header, strings);
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            var cells = sheet.Rows[r].Select((value, i) => (i, value)).ToList();
            Row(w, HeaderRow + 1 + r, cells, i => StyleOf(sheet.Columns[i].Kind), strings);
        }

        w.WriteEndElement();
        w.WriteStartElement("autoFilter", Main);
        w.WriteAttributeString("ref", FilterRange(sheet, absolute: false));
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Row(XmlWriter w, int number, IReadOnlyList<(int Column, object? Value)> cells, Func<int, Style> style, SharedStrings strings)
    {
        w.WriteStartElement("row", Main);
        w.WriteAttributeString("r", number.ToString(CultureInfo.InvariantCulture));
        foreach (var (column, value) in cells.Where(c => c.Value is not null))
        {
            w.WriteStartElement("c", Main);
            w.WriteAttributeString("r", Reference(column, number));
            var cellStyle = style(column);
            if (cellStyle != Style.Plain)
            {
                w.WriteAttributeString("s", ((int)cellStyle).ToString(CultureInfo.InvariantCulture));
            }

            var numeric = value switch
            {
                DateOnly day => day.DayNumber - new DateOnly(1899, 12, 30).DayNumber,
                int i => i,
                long l => l,
                double d when cellStyle == Style.Minutes => d / (24 * 60),
                double d => d,
                _ => (double?)null,
            };
            if (numeric is { } n && double.IsFinite(n))
            {
                w.WriteElementString("v", Main, n.ToString("R", CultureInfo.InvariantCulture));
            }
            else
            {
                w.WriteAttributeString("t", "s");
                w.WriteElementString("v", Main, strings.Index(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty).ToString(CultureInfo.InvariantCulture));
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static Style StyleOf(CellKind kind) => kind switch
    {
        CellKind.Count => Style.Count,
        CellKind.Share => Style.Share,
        CellKind.Minutes => Style.Minutes,
        CellKind.Score => Style.Score,
        CellKind.Date => Style.Date,
        CellKind.Month => Style.Month,
        _ => Style.Plain,
    };

    private static void WriteStyles(XmlWriter w)
    {
        w.WriteStartElement("styleSheet", Main);
        var formats = new (int Id, string Code)[] { (164, "0.0%"), (165, "[h]:mm"), (166, "0.00"), (167, "dd.mm.yyyy"), (168, "mmm yyyy") };
        w.WriteStartElement("numFmts", Main);
        w.WriteAttributeString("count", formats.Length.ToString(CultureInfo.InvariantCulture));
        foreach (var (id, code) in formats)
        {
            w.WriteStartElement("numFmt", Main);
            w.WriteAttributeString("numFmtId", id.ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("formatCode", code);
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteRaw($"""<fonts count="3"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="14"/><name val="Calibri"/></font></fonts>""");
        w.WriteRaw("""<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>""");
        w.WriteRaw("""<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>""");
        w.WriteRaw("""<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>""");

        // The order is that of Style: plain, title, header, count, share, minutes, score, date, month.
        var xfs = new (int Format, int Font)[] { (0, 0), (0, 2), (0, 1), (3, 0), (164, 0), (165, 0), (166, 0), (167, 0), (168, 0) };
        w.WriteStartElement("cellXfs", Main);
        w.WriteAttributeString("count", xfs.Length.ToString(CultureInfo.InvariantCulture));
        foreach (var (format, font) in xfs)
        {
            w.WriteStartElement("xf", Main);
            w.WriteAttributeString("numFmtId", format.ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("fontId", font.ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("fillId", "0");
            w.WriteAttributeString("borderId", "0");
            w.WriteAttributeString("xfId", "0");
            if (format != 0)
            {
                w.WriteAttributeString("applyNumberFormat", "1");
            }

            if (font != 0)
            {
                w.WriteAttributeString("applyFont", "1");
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteRaw("""<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>""");
        w.WriteEndElement();
    }

    private static void WriteContentTypes(XmlWriter w)
    {
        const string types = "http://schemas.openxmlformats.org/package/2006/content-types";
        w.WriteStartElement("Types", types);
        foreach (var (extension, type) in new[] { ("rels", "application/vnd.openxmlformats-package.relationships+xml"), ("xml", "application/xml") })
        {
            w.WriteStartElement("Default", types);
            w.WriteAttributeString("Extension", extension);
            w.WriteAttributeString("ContentType", type);
            w.WriteEndElement();
        }

        foreach (var (part, type) in new[]
        {
            ("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
            ("/xl/worksheets/sheet1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"),
            ("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"),
            ("/xl/sharedStrings.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"),
        })
        {
            w.WriteStartElement("Override", types);
            w.WriteAttributeString("PartName", part);
            w.WriteAttributeString("ContentType", type);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void Rels(XmlWriter w, IEnumerable<(string Id, string Type, string Target)> relations)
    {
        w.WriteStartElement("Relationships", PackageRelationships);
        foreach (var (id, type, target) in relations)
        {
            w.WriteStartElement("Relationship", PackageRelationships);
            w.WriteAttributeString("Id", id);
            w.WriteAttributeString("Type", type);
            w.WriteAttributeString("Target", target);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void Part(ZipArchive zip, string name, Action<XmlWriter> write)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        writer.WriteStartDocument(standalone: true);
        write(writer);
        writer.WriteEndDocument();
    }

    private static string FilterRange(Sheet sheet, bool absolute)
    {
        var lastRow = HeaderRow + Math.Max(sheet.Rows.Count, 1);
        var lastColumn = Math.Max(sheet.Columns.Count, 1) - 1;
        return absolute
            ? $"${Column(0)}${HeaderRow}:${Column(lastColumn)}${lastRow}"
            : $"{Reference(0, HeaderRow)}:{Reference(lastColumn, lastRow)}";
    }

    private static string Reference(int column, int row) => Column(column) + row.ToString(CultureInfo.InvariantCulture);

    private static string Column(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>The workbook's shared strings, each once.</summary>
    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly List<string> _strings = [];

        public int Index(string value)
        {
            if (!_index.TryGetValue(value, out var i))
            {
                i = _strings.Count;
                _index[value] = i;
                _strings.Add(value);
            }

            return i;
        }

        /// <summary>XML cannot carry most control characters; a registry name that has one still exports.</summary>
        private static string XmlSafe(string value) =>
            value.All(XmlConvert.IsXmlChar) ? value : new string(value.Where(XmlConvert.IsXmlChar).ToArray());

        public void Write(XmlWriter w)
        {
            w.WriteStartElement("sst", Main);
            w.WriteAttributeString("uniqueCount", _strings.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var value in _strings)
            {
                w.WriteStartElement("si", Main);
                w.WriteStartElement("t", Main);
                w.WriteAttributeString("xml", "space", null, "preserve");
                w.WriteString(XmlSafe(value));
                w.WriteEndElement();
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }
    }
}
