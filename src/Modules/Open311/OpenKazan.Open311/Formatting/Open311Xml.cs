using System.Text;
using System.Text.Json;
using System.Xml;

namespace OpenKazan.Open311.Formatting;

/// <summary>
/// Writes the XML of GeoReport v2 from the same JSON tree the JSON answer is made of, so both formats always carry
/// the same fields. Arrays become a wrapper element holding one element per item, named as the spec names them.
/// </summary>
internal static class Open311Xml
{
    private static readonly Dictionary<string, string> ItemNames = new(StringComparer.Ordinal)
    {
        ["services"] = "service",
        ["service_requests"] = "request",
        ["errors"] = "error",
        ["endpoints"] = "endpoint",
        ["formats"] = "format",
        ["attributes"] = "attribute",
        ["values"] = "value",
        ["notes"] = "note",
        ["service_request_updates"] = "request_update",
    };

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = false };

    public static byte[] Write(string rootName, JsonElement payload)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, Settings))
        {
            writer.WriteStartDocument();
            WriteElement(writer, rootName, payload);
            writer.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    private static void WriteElement(XmlWriter writer, string name, JsonElement value)
    {
        if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return;
        }

        writer.WriteStartElement(XmlConvert.EncodeLocalName(name));
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    WriteElement(writer, property.Name, property.Value);
                }

                break;
            case JsonValueKind.Array:
                var item = ItemNames.GetValueOrDefault(name, "item");
                foreach (var element in value.EnumerateArray())
                {
                    WriteElement(writer, item, element);
                }

                break;
            case JsonValueKind.True or JsonValueKind.False:
                writer.WriteString(value.GetBoolean() ? "true" : "false");
                break;
            case JsonValueKind.Number:
                writer.WriteString(value.GetRawText());
                break;
            default:
                writer.WriteString(XmlSafe(value.GetString()!));
                break;
        }

        writer.WriteEndElement();
    }

    /// <summary>
    /// XML 1.0 cannot carry most control characters (a stored <c>\x07</c> would make the writer throw and the whole feed
    /// fail): they are left out of the XML, as the JSON answer escapes them. Tab and line breaks stay.
    /// </summary>
    internal static string XmlSafe(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }

        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                kept.Append(text, i, 2);
                i++;
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                kept.Append(text[i]);
            }
        }

        return kept.ToString();
    }
}
