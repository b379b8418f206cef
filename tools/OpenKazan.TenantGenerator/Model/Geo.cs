namespace OpenKazan.TenantGenerator.Model;

/// <summary>A WGS 84 point.</summary>
internal readonly record struct GeoPoint(double Lat, double Long);

/// <summary>The city's bounding box; every building must lie inside it (the importer rejects others).</summary>
internal sealed record GeoBounds(double MinLat, double MaxLat, double MinLong, double MaxLong)
{
    public bool Contains(GeoPoint point) =>
        point.Lat >= MinLat && point.Lat <= MaxLat && point.Long >= MinLong && point.Long <= MaxLong;
}
