using System.Globalization;
using OpenKazan.Host.Pages.Shared;
using OpenKazan.Registry.Contracts;

namespace OpenKazan.Host.Pages.Admin;

/// <summary>
/// The building editor's small map of the city's stored boundaries (<see cref="OutlineMap"/>): the city's outline, its
/// districts' (the building's district drawn stronger) and the building's point, marked when it lies outside the city
/// or its district, the boundaries the editor checks on save.
/// </summary>
public sealed class BuildingMap
{
    private const double MaxHeight = 700;
    private readonly StoredBoundaries _stored;
    private readonly OutlineMap _outline;

    public BuildingMap(StoredBoundaries stored, Guid? districtId, GeoPoint? point)
    {
        ArgumentNullException.ThrowIfNull(stored);
        _stored = stored;
        DistrictId = districtId;
        Building = point;
        OutsideBoundary = point is { } p ? OutsideOf(p) : null;
        var frame = Areas.SelectMany(b => b.Rings).SelectMany(r => r).ToList();
        var outside = new List<GeoPoint>();
        if (point is { } at)
        {
            (OutsideBoundary is null ? frame : outside).Add(at);
        }

        _outline = new OutlineMap(frame, outside, MaxHeight);
    }

    public bool IsEmpty => _stored.IsEmpty;

    public Guid? DistrictId { get; }

    public GeoPoint? Building { get; }

    /// <summary>The name of the boundary the building's point lies outside: the city's first, then its district's.</summary>
    public string? OutsideBoundary { get; }

    public string ViewBox => _outline.ViewBox;

    public string? CityName => _stored.City?.Name;

    public string? CityPath => _stored.City is { } city ? _outline.Path(city) : null;

    /// <summary>The districts' outlines by name, the building's district last so that it is drawn on top.</summary>
    public IEnumerable<(string Name, string Path, bool Chosen)> Districts =>
        _stored.Districts.OrderBy(d => d.Key == DistrictId).ThenBy(d => d.Value.Name, StringComparer.Ordinal)
            .Select(d => (d.Value.Name, _outline.Path(d.Value), d.Key == DistrictId));

    public string DistrictNames => string.Join(", ", _stored.Districts.Values.Select(d => d.Name).Order(StringComparer.Ordinal));

    public (string X, string Y)? Point => Building is { } p ? _outline.Point(p.Latitude, p.Longitude) : null;

    /// <summary>The point as typed in the editor ("55.7961, 49.1064").</summary>
    public string? PointText => Building is { } p
        ? string.Create(CultureInfo.InvariantCulture, $"{p.Latitude}, {p.Longitude}")
        : null;

    private IEnumerable<Boundary> Areas => (_stored.City is { } city ? [city] : Array.Empty<Boundary>()).Concat(_stored.Districts.Values);

    private string? OutsideOf(GeoPoint point)
    {
        if (_stored.City is { } city && !city.Contains(point.Latitude, point.Longitude))
        {
            return city.Name;
        }

        return DistrictId is { } id && _stored.Districts.TryGetValue(id, out var district) && !district.Contains(point.Latitude, point.Longitude)
            ? district.Name
            : null;
    }
}
