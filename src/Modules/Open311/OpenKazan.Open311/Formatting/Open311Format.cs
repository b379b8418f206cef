namespace OpenKazan.Open311.Formatting;

/// <summary>The two formats of GeoReport v2, chosen by the path's extension (<c>services.json</c>, <c>services.xml</c>).</summary>
internal enum Open311Format
{
    Json,
    Xml,
}

internal static class Open311Formats
{
    public static bool TryParse(string? extension, out Open311Format format)
    {
        switch (extension?.ToLowerInvariant())
        {
            case "json":
                format = Open311Format.Json;
                return true;
            case "xml":
                format = Open311Format.Xml;
                return true;
            default:
                format = Open311Format.Json;
                return false;
        }
    }
}
