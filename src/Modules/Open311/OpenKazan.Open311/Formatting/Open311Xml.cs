using System.Text;
using System.Text.Json;
using System.Xml;

namespace OpenKazan.Open311.Formatting;

/// <summary>
/// Writes the XML of GeoReport v2 from the same JSON tree the JSON answer is made of, so both formats always carry
/// the same fields. Arrays become a wrapper element holding one element per item, named as the spec names them.
/// </summary>
public static class Open311Xml
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
                writer.WriteString(value.GetString());
                break;
        }

        writer.WriteEndElement();
    }
}
