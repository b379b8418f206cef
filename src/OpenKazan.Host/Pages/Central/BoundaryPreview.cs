using OpenKazan.Host.Pages.Shared;
using OpenKazan.Registry.Contracts;

namespace OpenKazan.Host.Pages.Central;

/// <summary>
/// The dry run's map, drawn on the server from the package's own polygons (<see cref="OutlineMap"/>), so it shows what
/// the package says even before the city exists. Dots inside are thinned to a bound; every outside one is drawn.
/// </summary>
public sealed class BoundaryPreview
{
    private const double MaxHeight = 800;
    private const int MaxInsideDots = 4000;
    private const int MaxOutsideDots = 1000;
    private readonly OutlineMap _outline;

    public BoundaryPreview(PackageMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        Map = map;
        var areas = (map.Boundaries.City is { } city ? [city] : Array.Empty<Boundary>()).Concat(map.Boundaries.Districts.Values);
        var frame = areas.SelectMany(b => b.Rings).SelectMany(r => r)
            .Concat(map.Buildings.Where(b => !b.Outside).Select(b => new GeoPoint(b.Latitude, b.Longitude))).ToList();
        _outline = new OutlineMap(frame, Outside.Select(b => new GeoPoint(b.Latitude, b.Longitude)).ToList(), MaxHeight);
    }

    public PackageMap Map { get; }

    public bool HasBoundaries => Map.Boundaries.City is not null || Map.Boundaries.Districts.Count > 0;

    public bool IsEmpty => Map.Buildings.Count == 0 && !HasBoundaries;

    public double Height => _outline.Height;

    public string ViewBox => _outline.ViewBox;

    public IReadOnlyList<MapBuilding> Outside => Map.Buildings.Where(b => b.Outside).ToList();

    /// <summary>The SVG path of the city boundary, or null when the package has none.</summary>
    public string? CityPath => Map.Boundaries.City is { } city ? _outline.Path(city) : null;

    public IEnumerable<(string Name, string Path)> DistrictPaths =>
        Map.Boundaries.Districts.Values.OrderBy(d => d.Name, StringComparer.Ordinal).Select(d => (d.Name, _outline.Path(d)));

    public IEnumerable<(string X, string Y)> InsideDots
    {
        get
        {
            var inside = Map.Buildings.Where(b => !b.Outside).ToList();
            var step = Math.Max(1, (int)Math.Ceiling(inside.Count / (double)MaxInsideDots));
            return inside.Where((_, i) => i % step == 0).Select(b => _outline.Point(b.Latitude, b.Longitude));
        }
    }

    public IEnumerable<(string X, string Y, string Address)> OutsideDots =>
        Outside.Take(MaxOutsideDots).Select(b =>
        {
            var (x, y) = _outline.Point(b.Latitude, b.Longitude);
            return (x, y, b.Address);
        });
}
