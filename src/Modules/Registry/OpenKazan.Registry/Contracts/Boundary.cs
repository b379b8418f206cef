using System.Globalization;
using System.Text.Json;

namespace OpenKazan.Registry.Contracts;

/// <summary>A named area of one or more polygons (rings of points, GeoJSON order reversed to latitude first).</summary>
public sealed record Boundary(string Name, IReadOnlyList<IReadOnlyList<GeoPoint>> Rings)
{
    /// <summary>The GeoJSON geometry it was read from, kept to be stored; null for the rectangle of tenant.json's bounds.</summary>
    public string? Geometry { get; init; }

    /// <summary>A stored boundary: the GeoJSON geometry read by the same rules as the package's file.</summary>
    public static Boundary FromGeometry(string name, string geometry)
    {
        using var document = JsonDocument.Parse(geometry);
        return new Boundary(name, RingsOf(document.RootElement)) { Geometry = geometry };
    }

    /// <summary>The outer rings of a Polygon or MultiPolygon (holes are not used: districts have none).</summary>
    internal static List<IReadOnlyList<GeoPoint>> RingsOf(JsonElement geometry)
    {
        var coordinates = geometry.GetProperty("coordinates");
        var polygons = geometry.GetProperty("type").GetString() switch
        {
            "Polygon" => [coordinates],
            "MultiPolygon" => coordinates.EnumerateArray().ToList(),
            var other => throw new FormatException($"geometry '{other}' is not a Polygon or MultiPolygon"),
        };
        return polygons.Select(polygon => (IReadOnlyList<GeoPoint>)polygon[0].EnumerateArray()
            .Select(point => new GeoPoint(point[1].GetDouble(), point[0].GetDouble())).ToList()).ToList();
    }

    public bool Contains(double lat, double longitude) => Rings.Any(ring => RingContains(ring, lat, longitude));

    /// <summary>Even-odd ray casting: fine for city-sized polygons, where the earth's curve does not matter.</summary>
    private static bool RingContains(IReadOnlyList<GeoPoint> ring, double lat, double longitude)
    {
        var inside = false;
        for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
        {
            var (a, b) = (ring[i], ring[j]);
            if ((a.Latitude > lat) != (b.Latitude > lat) && longitude < ((b.Longitude - a.Longitude) * (lat - a.Latitude) / (b.Latitude - a.Latitude)) + a.Longitude)
            {
                inside = !inside;
            }
        }

        return inside;
    }
}

public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Latitude},{Longitude}");
}
