using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenKazan.Registry.Domain;

namespace OpenKazan.Registry.ExportPackage;

/// <summary>
/// The city's stored boundaries as the package's boundaries.geojson: one feature per boundary, named, a district's
/// with its code, the geometry exactly as it was imported.
/// </summary>
internal static class BoundariesFile
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(IEnumerable<AreaBoundary> boundaries, IReadOnlyDictionary<Guid, string> districtCodes)
    {
        var features = new JsonArray();
        foreach (var boundary in boundaries)
        {
            var properties = new JsonObject { ["name"] = boundary.Name };
            if (boundary.DistrictId is { } district)
            {
                properties["district"] = districtCodes[district];
            }

            features.Add(new JsonObject
            {
                ["type"] = "Feature",
                ["properties"] = properties,
                ["geometry"] = JsonNode.Parse(boundary.Geometry),
            });
        }

        return new JsonObject { ["type"] = "FeatureCollection", ["features"] = features }.ToJsonString(Indented) + "\n";
    }
}
