using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Registry.Contracts;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Requests.Submit;

/// <summary>
/// Finds the building a request is about: by id, or the nearest building of the city to a point on the map. A point
/// outside the city's stored boundary (<see cref="CityArea"/>) finds none, whether or not a building is named with it.
/// </summary>
public sealed class BuildingLocator(TenantScopedDbContext db, IOptions<RequestsOptions> options) : INearestBuilding
{
    private const double EarthRadiusMetres = 6_371_000;
    private const double MetresPerDegreeLatitude = 111_320;

    /// <summary>The building, or the name of the city's boundary the point lies outside (then no building).</summary>
    public async Task<(BuildingPlace? Building, string? OutsideBoundary)> FindAsync(Guid? buildingId, (double Lat, double Long)? point, CancellationToken ct)
    {
        if (point is { } p && await db.OutsideCityBoundaryAsync(p.Lat, p.Long, ct) is { } boundary)
        {
            return (null, boundary);
        }

        if (buildingId is { } id && id != Guid.Empty)
        {
            return (await db.BuildingPlaces().SingleOrDefaultAsync(b => b.Id == id, ct), null);
        }

        return (point is { } near ? await NearestAsync(near.Lat, near.Long, ct) : null, null);
    }

    public double MaxDistanceMetres => options.Value.MaxBuildingDistanceMetres;

    async Task<BuildingDto?> INearestBuilding.NearestAsync(double latitude, double longitude, CancellationToken ct) =>
        (await FindAsync(null, (latitude, longitude), ct)).Building is { } b ? new BuildingDto(b.Id, b.Code, b.Address, b.DistrictId, b.Latitude, b.Longitude) : null;

    /// <summary>What an API answer says of a point outside the city's boundary, under the <c>latitude</c> field.</summary>
    public static string OutsideText((double Lat, double Long)? point, string boundary) =>
        string.Create(CultureInfo.InvariantCulture, $"The point {point?.Lat}, {point?.Long} lies outside the boundary of {boundary}: give a place in the city.");

    /// <summary>A box query on the (city, lat, long) index narrows the candidates; exact distance picks among them.</summary>
    private async Task<BuildingPlace?> NearestAsync(double lat, double lon, CancellationToken ct)
    {
        var max = options.Value.MaxBuildingDistanceMetres;
        var dLat = max / MetresPerDegreeLatitude;
        var dLon = max / (MetresPerDegreeLatitude * Math.Max(0.01, Math.Cos(lat * Math.PI / 180)));
        var candidates = await db.BuildingPlaces()
            .Where(b => b.Latitude >= lat - dLat && b.Latitude <= lat + dLat && b.Longitude >= lon - dLon && b.Longitude <= lon + dLon)
            .Take(500)
            .ToListAsync(ct);
        return candidates
            .Select(b => (Building: b, Distance: Distance(lat, lon, b.Latitude, b.Longitude)))
            .Where(c => c.Distance <= max)
            .OrderBy(c => c.Distance)
            .Select(c => c.Building)
            .FirstOrDefault();
    }

    private static double Distance(double lat1, double lon1, double lat2, double lon2)
    {
        static double Rad(double deg) => deg * Math.PI / 180;
        var a = Math.Pow(Math.Sin(Rad(lat2 - lat1) / 2), 2)
                + (Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Pow(Math.Sin(Rad(lon2 - lon1) / 2), 2));
        return 2 * EarthRadiusMetres * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
