using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Registry.Contracts;

namespace OpenKazan.Registry.Domain;

/// <summary>
/// The boundary of the city (no district) or of one of its districts, as the city package's boundaries.geojson gave
/// it: the GeoJSON geometry kept as text, so an export writes back exactly what was imported. A re-import replaces
/// the city's boundaries whole.
/// </summary>
public sealed class AreaBoundary : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    /// <summary>The district this is the boundary of; null for the city's own boundary.</summary>
    public Guid? DistrictId { get; set; }

    /// <summary>The name messages give the boundary ("Елабуга", "Центральный").</summary>
    public required string Name { get; set; }

    /// <summary>A GeoJSON Polygon or MultiPolygon geometry (longitude first, WGS 84).</summary>
    public required string Geometry { get; set; }

    public Boundary ToBoundary() => Boundary.FromGeometry(Name, Geometry);
}
