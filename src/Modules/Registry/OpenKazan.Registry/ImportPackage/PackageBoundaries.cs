using System.Globalization;
using System.Text.Json;
using OpenKazan.BuildingBlocks.Packages;
using OpenKazan.Tenancy;
using OpenKazan.Registry.Contracts;
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
                var rings = Boundary.RingsOf(geometry);
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
}

/// <summary>Where the package's buildings lie, for the dry run's preview: every building with valid coordinates.</summary>
public sealed record PackageMap(PackageBoundaries Boundaries, IReadOnlyList<MapBuilding> Buildings);

public sealed record MapBuilding(string Address, double Latitude, double Longitude, bool Outside);
