using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Registry.Domain;
using OpenKazan.Registry.Contracts;

namespace OpenKazan.Registry.Lookups;

/// <summary>
/// The building nearest to a point a resident clicked on the map; never one for a point outside the city's stored
/// boundary (<see cref="CityArea"/>), which is refused naming the boundary.
/// </summary>
internal static class NearestBuilding
{
    /// <summary>About 600 m of latitude: a click farther than that from any house picks nothing rather than a far one.</summary>
    private const double SearchRadiusDegrees = 0.0055;

    public static async Task<Results<Ok<BuildingDto>, ProblemHttpResult>> FindAsync(
        TenantScopedDbContext db, double? lat, [FromQuery(Name = "long")] double? longitude, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (lat is not (>= -90 and <= 90) || longitude is not (>= -180 and <= 180))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Point required",
                detail: "Give lat (-90..90) and long (-180..180) in decimal degrees.");
        }

        var (y, x) = (lat.Value, longitude.Value);
        if (await db.OutsideCityBoundaryAsync(y, x, ct) is { } boundary)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Outside the city",
                detail: $"The point lies outside the boundary of {boundary}.", extensions: new Dictionary<string, object?> { ["boundary"] = boundary });
        }

        // A degree of longitude shrinks with the cosine of the latitude; the box and the distance both account for it.
        var scale = Math.Max(Math.Cos(y * Math.PI / 180), 0.01);
        var dx = SearchRadiusDegrees / scale;
        var near = await db.Set<Building>().AsNoTracking()
            .Where(b => b.Latitude >= y - SearchRadiusDegrees && b.Latitude <= y + SearchRadiusDegrees
                && b.Longitude >= x - dx && b.Longitude <= x + dx)
            .Select(b => new BuildingDto(b.Id, b.Code, b.Address, b.DistrictId, b.Latitude, b.Longitude))
            .ToListAsync(ct);
        var nearest = near.MinBy(b => Math.Pow(b.Latitude - y, 2) + Math.Pow((b.Longitude - x) * scale, 2));
        return nearest is not null
            ? TypedResults.Ok(nearest)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No building here",
                detail: "No building of the city's registry is within about 600 m of this point.");
    }
}
