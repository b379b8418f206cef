using System.Globalization;
using System.Text.Json;
using OpenKazan.BuildingBlocks.Packages;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Registry.ImportPackage;

/// <summary>
/// The city's boundary and its districts' boundaries, as the package gives them: the polygons of an optional
/// <c>boundaries.geojson</c>, else the rectangle of tenant.json's bounds. Used to check where buildings lie and to draw
/// the dry run's preview. The polygons of the file are stored with the city on import (<see cref="Domain.AreaBoundary"/>).
/// </summary>
public sealed record PackageBoundaries(Boundary? City, IReadOnlyDictionary<string, Boundary> Districts)
{
    public const string FileName = "boundaries.geojson";

    /// <summary>
    /// The longest file taken, in characters: every building edit reads its city's and district's polygons, so a
    /// boundary traced point by point from a survey must be simplified first (2 MB holds about 80,000 points).
    /// </summary>
    public const int MaxLength = 2_000_000;

    /// <summary>The longest boundary name stored (the length of a district's name).</summary>
    public const int MaxNameLength = 300;

    public static PackageBoundaries None { get; } = new(null, new Dictionary<string, Boundary>());

    /// <summary>The rectangle of tenant.json's bounds, named after the city.</summary>
    public static PackageBoundaries FromBounds(string cityName, GeoBounds? bounds) => bounds is null
        ? None
        : new(new Boundary(cityName, [[
            new(bounds.MinLat, bounds.MinLong), new(bounds.MinLat, bounds.MaxLong),
            new(bounds.MaxLat, bounds.MaxLong), new(bounds.MaxLat, bounds.MinLong)]]), new Dictionary<string, Boundary>());

    /// <summary>
    /// The polygons of boundaries.geojson over <paramref name="fallback"/>: a feature with the property "district" is
    /// that district's boundary, any other is the city's; "name" names it in messages.
    /// </summary>
    public static PackageBoundaries Read(string? json, PackageBoundaries fallback, IReadOnlyDictionary<string, string> districtNames, List<PackageError> errors)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        ArgumentNullException.ThrowIfNull(districtNames);
        ArgumentNullException.ThrowIfNull(errors);
        if (json is null)
        {
            return fallback;
        }

        if (json.Length > MaxLength)
        {
            errors.Add(new PackageError(FileName, null, PackageErrorCodes.BoundaryTooLarge,
                json.Length.ToString(CultureInfo.InvariantCulture), MaxLength.ToString(CultureInfo.InvariantCulture)));
            return fallback;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            var city = fallback.City;
            var districts = new Dictionary<string, Boundary>(StringComparer.Ordinal);
            foreach (var feature in Features(document.RootElement))
            {
                var properties = feature.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
                var district = Text(properties, "district");
                var name = Text(properties, "name");
                if (name is { Length: > MaxNameLength })
                {
                    throw new FormatException($"the name '{name[..40]}…' is longer than {MaxNameLength} characters");
                }

                var geometry = feature.GetProperty("geometry");
                var rings = Rings(geometry);
                if (district is null)
                {
                    city = new Boundary(name ?? fallback.City?.Name ?? "—", rings) { Geometry = geometry.GetRawText() };
                }
                else if (districtNames.TryGetValue(district, out var districtName))
                {
                    districts[district] = new Boundary(name ?? districtName, rings) { Geometry = geometry.GetRawText() };
                }
                else
                {
                    errors.Add(new PackageError(FileName, null, PackageErrorCodes.BoundaryUnknownDistrict, district));
                }
            }

            return new PackageBoundaries(city, districts);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            errors.Add(new PackageError(FileName, null, PackageErrorCodes.BoundaryInvalid, ex.Message));
            return fallback;
        }
    }

    private static List<JsonElement> Features(JsonElement root) =>
        root.GetProperty("type").GetString() == "FeatureCollection" ? [.. root.GetProperty("features").EnumerateArray()] : [root];

    private static string? Text(JsonElement properties, string name) =>
        properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>The outer rings of a Polygon or MultiPolygon (holes are not used: districts have none).</summary>
    internal static List<IReadOnlyList<GeoPoint>> Rings(JsonElement geometry)
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
}

/// <summary>A named area of one or more polygons (rings of points, GeoJSON order reversed to latitude first).</summary>
public sealed record Boundary(string Name, IReadOnlyList<IReadOnlyList<GeoPoint>> Rings)
{
    /// <summary>The GeoJSON geometry it was read from, kept to be stored; null for the rectangle of tenant.json's bounds.</summary>
    public string? Geometry { get; init; }

    /// <summary>A stored boundary: the GeoJSON geometry read by the same rules as the package's file.</summary>
    public static Boundary FromGeometry(string name, string geometry)
    {
        using var document = JsonDocument.Parse(geometry);
        return new Boundary(name, PackageBoundaries.Rings(document.RootElement)) { Geometry = geometry };
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

/// <summary>Where the package's buildings lie, for the dry run's preview: every building with valid coordinates.</summary>
public sealed record PackageMap(PackageBoundaries Boundaries, IReadOnlyList<MapBuilding> Buildings);

public sealed record MapBuilding(string Address, double Latitude, double Longitude, bool Outside);
