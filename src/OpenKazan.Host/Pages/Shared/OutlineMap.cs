using System.Globalization;
using System.Text;
using OpenKazan.Registry.Contracts;

namespace OpenKazan.Host.Pages.Shared;

/// <summary>
/// Boundaries and points drawn as inline SVG on the server: no tiles, no script. A flat projection (longitude scaled
/// by the cosine of the latitude) is true enough at a city's size. The frame holds <c>frame</c> (the boundaries and
/// the points inside them), widened by at most a third of its size towards the points outside it: one point 20 km away
/// must not shrink the city to a dot; it is pinned to the edge. Outlines keep only points a few units apart, so a
/// boundary surveyed point by point draws as a few hundred.
/// </summary>
public sealed class OutlineMap
{
    public const double Width = 1000;

    /// <summary>The least distance between two drawn points of an outline, in units of the 1000-wide drawing.</summary>
    private const double MinStep = 3;
    private readonly double _minLat;
    private readonly double _maxLat;
    private readonly double _minLong;
    private readonly double _maxLong;
    private readonly double _cos;
    private readonly double _scale;
    private readonly double _offsetX;
    private readonly (double MinLat, double MaxLat, double MinLong, double MaxLong) _frame;

    public OutlineMap(IReadOnlyCollection<GeoPoint> frame, IReadOnlyCollection<GeoPoint> outside, double maxHeight)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(outside);
        var framed = frame.Count > 0 ? frame : outside;
        if (framed.Count == 0)
        {
            return;
        }

        var (minLat, maxLat) = (framed.Min(p => p.Latitude), framed.Max(p => p.Latitude));
        var (minLong, maxLong) = (framed.Min(p => p.Longitude), framed.Max(p => p.Longitude));
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
        _scale = Math.Min(Width / ((_maxLong - _minLong) * _cos), maxHeight / (_maxLat - _minLat));
        _offsetX = (Width - ((_maxLong - _minLong) * _cos * _scale)) / 2;
        Height = Math.Max((_maxLat - _minLat) * _scale, 200);
    }

    public double Height { get; } = 400;

    public string ViewBox => string.Create(CultureInfo.InvariantCulture, $"0 0 {Width} {Height:0}");

    /// <summary>The SVG path of a boundary's rings, each thinned to points at least <see cref="MinStep"/> apart.</summary>
    public string Path(Boundary boundary)
    {
        ArgumentNullException.ThrowIfNull(boundary);
        var path = new StringBuilder();
        foreach (var ring in boundary.Rings)
        {
            var kept = Thinned(ring);
            if (kept.Count < 2)
            {
                continue;
            }

            for (var i = 0; i < kept.Count; i++)
            {
                path.Append(i == 0 ? 'M' : 'L').Append(Number(kept[i].X)).Append(',').Append(Number(kept[i].Y));
            }

            path.Append('Z');
        }

        return path.ToString();
    }

    /// <summary>A point in the frame's coordinates; one beyond the frame is pinned to its edge.</summary>
    public (string X, string Y) Point(double lat, double longitude)
    {
        var (x, y) = Project(lat, longitude);
        return (Number(x), Number(y));
    }

    private List<(double X, double Y)> Thinned(IReadOnlyList<GeoPoint> ring)
    {
        var kept = new List<(double X, double Y)>(ring.Count);
        foreach (var point in ring)
        {
            var (x, y) = Project(point.Latitude, point.Longitude);
            if (kept.Count == 0 || Math.Abs(x - kept[^1].X) + Math.Abs(y - kept[^1].Y) >= MinStep)
            {
                kept.Add((x, y));
            }
        }

        return kept;
    }

    private (double X, double Y) Project(double lat, double longitude) => (
        _offsetX + ((Math.Clamp(longitude, _frame.MinLong, _frame.MaxLong) - _minLong) * _cos * _scale),
        (_maxLat - Math.Clamp(lat, _frame.MinLat, _frame.MaxLat)) * _scale);

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
