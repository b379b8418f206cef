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
    private const double MaxHeight = 800;
    private const int MaxInsideDots = 4000;
    private const int MaxOutsideDots = 1000;
    private readonly double _minLat;
    private readonly double _maxLong;
    private readonly double _minLong;
    private readonly double _maxLat;
    private readonly double _cos;
    private readonly double _scale;
    private readonly double _offsetX;
    private readonly (double MinLat, double MaxLat, double MinLong, double MaxLong) _frame;

    public BoundaryPreview(PackageMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        Map = map;
        var city = Rings(map.Boundaries).SelectMany(r => r.Ring)
            .Concat(map.Buildings.Where(b => !b.Outside).Select(b => new GeoPoint(b.Latitude, b.Longitude))).ToList();
        var outside = map.Buildings.Where(b => b.Outside).Select(b => new GeoPoint(b.Latitude, b.Longitude)).ToList();
        if (city.Count == 0 && outside.Count == 0)
        {
            return;
        }

        // The frame is the city (boundaries and the buildings inside) widened by at most a third of its size towards
        // the buildings outside: one building 20 km away must not shrink the city to a dot; it is pinned to the edge.
        var frame = city.Count > 0 ? city : outside;
        var (minLat, maxLat) = (frame.Min(p => p.Latitude), frame.Max(p => p.Latitude));
        var (minLong, maxLong) = (frame.Min(p => p.Longitude), frame.Max(p => p.Longitude));
        var (reachLat, reachLong) = (Math.Max((maxLat - minLat) / 3, 0.002), Math.Max((maxLong - minLong) / 3, 0.002));
        foreach (var point in outside)
        {
            minLat = Math.Min(minLat, Math.Max(point.Latitude, minLat - reachLat));
            maxLat = Math.Max(maxLat, Math.Min(point.Latitude, maxLat + reachLat));
            minLong = Math.Min(minLong, Math.Max(point.Longitude, minLong - reachLong));
            maxLong = Math.Max(maxLong, Math.Min(point.Longitude, maxLong + reachLong));
        }

        _frame = (minLat, maxLat, minLong, maxLong);
        var padLat = Math.Max((maxLat - minLat) * 0.03, 0.001);
        var padLong = Math.Max((maxLong - minLong) * 0.03, 0.001);
        (_minLat, _maxLat, _minLong, _maxLong) = (minLat - padLat, maxLat + padLat, minLong - padLong, maxLong + padLong);
        _cos = Math.Cos((_minLat + _maxLat) / 2 * Math.PI / 180);
        _scale = Math.Min(Width / ((_maxLong - _minLong) * _cos), MaxHeight / (_maxLat - _minLat));
        _offsetX = (Width - ((_maxLong - _minLong) * _cos * _scale)) / 2;
        Height = Math.Max((_maxLat - _minLat) * _scale, 200);
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

    /// <summary>A point in the frame's coordinates; one beyond the frame is pinned to its edge.</summary>
    private (string X, string Y) Point(double lat, double longitude)
    {
        var x = _offsetX + ((Math.Clamp(longitude, _frame.MinLong, _frame.MaxLong) - _minLong) * _cos * _scale);
        var y = (_maxLat - Math.Clamp(lat, _frame.MinLat, _frame.MaxLat)) * _scale;
        return (x.ToString("0.#", CultureInfo.InvariantCulture), y.ToString("0.#", CultureInfo.InvariantCulture));
    }
}
