using System.Globalization;
using System.Text;
using OpenKazan.Registry.ImportPackage;

namespace OpenKazan.Host.Pages.Central;

/// <summary>
/// The dry run's map as inline SVG drawn on the server from the package's own polygons: no tiles, no script, so it
/// shows what the package says even before the city exists. A flat projection (longitude scaled by the cosine of
/// the latitude) is true enough at a city's size. Dots inside are thinned to a bound; every outside one is drawn.
/// </summary>
public sealed class BoundaryPreview
{
    public const double Width = 1000;
    private const int MaxInsideDots = 4000;
    private const int MaxOutsideDots = 1000;
    private readonly double _minLat;
    private readonly double _maxLong;
    private readonly double _minLong;
    private readonly double _maxLat;
    private readonly double _cos;
    private readonly double _scale;

    public BoundaryPreview(PackageMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        Map = map;
        var points = Rings(map.Boundaries).SelectMany(r => r.Ring).Concat(map.Buildings.Select(b => new GeoPoint(b.Latitude, b.Longitude))).ToList();
        if (points.Count == 0)
        {
            return;
        }

        // A margin of 3 % so that dots on the edge stay whole; a lone point gets a small box around it.
        var (minLat, maxLat) = (points.Min(p => p.Latitude), points.Max(p => p.Latitude));
        var (minLong, maxLong) = (points.Min(p => p.Longitude), points.Max(p => p.Longitude));
        var padLat = Math.Max((maxLat - minLat) * 0.03, 0.001);
        var padLong = Math.Max((maxLong - minLong) * 0.03, 0.001);
        (_minLat, _maxLat, _minLong, _maxLong) = (minLat - padLat, maxLat + padLat, minLong - padLong, maxLong + padLong);
        _cos = Math.Cos((_minLat + _maxLat) / 2 * Math.PI / 180);
        _scale = Width / ((_maxLong - _minLong) * _cos);
        Height = Math.Clamp((_maxLat - _minLat) * _scale, 200, 1400);
    }

    public PackageMap Map { get; }

    public bool HasBoundaries => Map.Boundaries.City is not null || Map.Boundaries.Districts.Count > 0;

    public bool IsEmpty => Map.Buildings.Count == 0 && !HasBoundaries;

    public double Height { get; } = 400;

    public string ViewBox => string.Create(CultureInfo.InvariantCulture, $"0 0 {Width} {Height:0}");

    public IReadOnlyList<MapBuilding> Outside => Map.Buildings.Where(b => b.Outside).ToList();

    /// <summary>The SVG path of the city boundary, or null when the package has none.</summary>
    public string? CityPath => Map.Boundaries.City is { } city ? Path(city) : null;

    public IEnumerable<(string Name, string Path)> DistrictPaths =>
        Map.Boundaries.Districts.Values.OrderBy(d => d.Name, StringComparer.Ordinal).Select(d => (d.Name, Path(d)));

    public IEnumerable<(string X, string Y)> InsideDots
    {
        get
        {
            var inside = Map.Buildings.Where(b => !b.Outside).ToList();
            var step = Math.Max(1, (int)Math.Ceiling(inside.Count / (double)MaxInsideDots));
            return inside.Where((_, i) => i % step == 0).Select(b => Point(b.Latitude, b.Longitude));
        }
    }

    public IEnumerable<(string X, string Y, string Address)> OutsideDots =>
        Outside.Take(MaxOutsideDots).Select(b =>
        {
            var (x, y) = Point(b.Latitude, b.Longitude);
            return (x, y, b.Address);
        });

    private static IEnumerable<(string Name, IReadOnlyList<GeoPoint> Ring)> Rings(PackageBoundaries boundaries) =>
        (boundaries.City is { } city ? [city] : Array.Empty<Boundary>()).Concat(boundaries.Districts.Values)
            .SelectMany(b => b.Rings.Select(r => (b.Name, r)));

    private string Path(Boundary boundary)
    {
        var path = new StringBuilder();
        foreach (var ring in boundary.Rings.Where(r => r.Count > 1))
        {
            for (var i = 0; i < ring.Count; i++)
            {
                var (x, y) = Point(ring[i].Latitude, ring[i].Longitude);
                path.Append(i == 0 ? 'M' : 'L').Append(x).Append(',').Append(y);
            }

            path.Append('Z');
        }

        return path.ToString();
    }

    private (string X, string Y) Point(double lat, double longitude) => (
        ((longitude - _minLong) * _cos * _scale).ToString("0.#", CultureInfo.InvariantCulture),
        ((_maxLat - lat) * _scale).ToString("0.#", CultureInfo.InvariantCulture));
}
