using System.Globalization;
using System.Text.Json;
using OpenKazan.BuildingBlocks.Packages;
using OpenKazan.Registry.Contracts;

namespace OpenKazan.Registry.ImportPackage;

/// <summary>Reads a package's <c>boundaries.geojson</c> into <see cref="PackageBoundaries"/>, reporting each problem.</summary>
internal static class BoundariesFileReader
{
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

        if (json.Length > PackageBoundaries.MaxLength)
        {
            errors.Add(new PackageError(PackageBoundaries.FileName, null, PackageErrorCodes.BoundaryTooLarge,
                json.Length.ToString(CultureInfo.InvariantCulture), PackageBoundaries.MaxLength.ToString(CultureInfo.InvariantCulture)));
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
                if (name is { Length: > PackageBoundaries.MaxNameLength })
                {
                    throw new FormatException($"the name '{name[..40]}…' is longer than {PackageBoundaries.MaxNameLength} characters");
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
                    errors.Add(new PackageError(PackageBoundaries.FileName, null, PackageErrorCodes.BoundaryUnknownDistrict, district));
                }
            }

            return new PackageBoundaries(city, districts);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            errors.Add(new PackageError(PackageBoundaries.FileName, null, PackageErrorCodes.BoundaryInvalid, ex.Message));
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
