using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.FeatureManagement;
using OpenKazan.BuildingBlocks;
using OpenKazan.BuildingBlocks.Caching;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Tenancy;
using OpenKazan.BuildingBlocks.Web;
using OpenKazan.Feedback.Web;
using OpenKazan.Registry.Contracts;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Feedback.PublicRequests;

/// <summary>A building with open requests, as a point on the public map: the building only, no personal data.</summary>
internal sealed record OpenRequestMapPoint(string Address, double Latitude, double Longitude, int Open);

/// <summary>
/// The city's open requests by building for the map on /open-requests. Requests change all day, so the points are
/// computed at most once per city per <see cref="Freshness"/> and shared by every visitor, however many come.
/// </summary>
internal static class OpenRequestMap
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(30);

    private static readonly HybridCacheEntryOptions Entry = new() { Expiration = Freshness, LocalCacheExpiration = Freshness };

    public static RouteGroupBuilder MapOpenRequestMapEndpoint(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("/open-requests/map", GetAsync).WithName("PublicOpenRequestsMap")
            .WithSummary("Open requests by building, for the public map")
            .AllowAnonymous().RequireRateLimiting(TransparencyRateLimits.Public);
        return group;
    }

    public static async Task<IReadOnlyList<OpenRequestMapPoint>> PointsAsync(
        TenantScopedDbContext db, ICurrentTenant city, HybridCache cache, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(city);
        ArgumentNullException.ThrowIfNull(cache);
        var cityId = city.Id ?? throw new InvalidOperationException("The open-requests map belongs to a city; none is current.");
        return await cache.GetOrCreateAsync(CityCache.Key(cityId, "open-requests-map"), db,
            static async (db, token) => await ReadAsync(db, token), Entry, CityCache.Tags, ct);
    }

    private static async Task<Results<Ok<IReadOnlyList<OpenRequestMapPoint>>, ProblemHttpResult>> GetAsync(
        TenantScopedDbContext db, ICurrentTenant city, HybridCache cache, IFeatureManager features, CancellationToken ct)
    {
        if (!await features.IsEnabledAsync(CityFeatures.PublicMap))
        {
            return Problems.NotFound("Public map");
        }

        return TypedResults.Ok(await PointsAsync(db, city, cache, ct));
    }

    private static async Task<IReadOnlyList<OpenRequestMapPoint>> ReadAsync(TenantScopedDbContext db, CancellationToken ct)
    {
        var byBuilding = await db.OpenRequestsByBuildingAsync(ct);
        var ids = byBuilding.Select(b => b.BuildingId).ToList();
        var buildings = (await db.BuildingsAsync(ids, ct)).ToDictionary(b => b.Id);
        return byBuilding.Where(b => buildings.ContainsKey(b.BuildingId))
            .Select(b =>
            {
                var building = buildings[b.BuildingId];
                return new OpenRequestMapPoint(building.Address, building.Latitude, building.Longitude, b.Open);
            })
            .OrderBy(p => p.Address, StringComparer.Ordinal)
            .ToList();
    }
}
