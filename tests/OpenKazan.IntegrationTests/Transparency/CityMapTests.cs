using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.IntegrationTests.Infrastructure;
using OpenKazan.Registry.Domain;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.IntegrationTests.Transparency;

/// <summary>The city API behind the maps: the nearest building to a click, and open requests by building.</summary>
public abstract class CityMapTests(OpenKazanFactory factory)
{
    [Fact]
    public async Task A_click_on_a_building_picks_that_building()
    {
        var building = await FirstBuildingAsync("kazan");
        // About 5 m north-east of the building's point.
        var (lat, longitude) = (building.Latitude + 0.00004, building.Longitude + 0.00004);

        var picked = await factory.ClientFor("kazan.localhost").GetFromJsonAsync<PickedBuilding>(
            new Uri(string.Create(CultureInfo.InvariantCulture, $"/api/registry/buildings/nearest?lat={lat}&long={longitude}"), UriKind.Relative));

        Assert.NotNull(picked);
        Assert.Equal(building.Id, picked.Id);
    }

    [Theory]
    [InlineData("/api/registry/buildings/nearest", HttpStatusCode.BadRequest)]
    [InlineData("/api/registry/buildings/nearest?lat=95&long=49", HttpStatusCode.BadRequest)]
    [InlineData("/api/registry/buildings/nearest?lat=10&long=10", HttpStatusCode.NotFound)]
    public async Task A_point_without_a_building_is_a_clear_problem(string path, HttpStatusCode expected)
    {
        var response = await factory.ClientFor("kazan.localhost").GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_map_of_open_requests_lists_buildings_with_their_open_count()
    {
        var points = await factory.ClientFor("kazan.localhost").GetFromJsonAsync<List<MapPoint>>(
            new Uri("/api/transparency/open-requests/map", UriKind.Relative));

        Assert.NotNull(points);
        Assert.All(points, p => Assert.True(p.Open > 0 && !string.IsNullOrEmpty(p.Address), $"{p.Address}: {p.Open}"));
    }

    private async Task<Building> FirstBuildingAsync(string slug)
    {
        var city = factory.Services.GetRequiredService<ITenantStore>().FindBySlug(slug)!;
        await using var scope = factory.Services.GetRequiredService<TenantScopeFactory>().Create(city);
        return await scope.Services.GetRequiredService<TenantScopedDbContext>().Set<Building>().AsNoTracking().OrderBy(b => b.Code).FirstAsync();
    }

    private sealed record PickedBuilding(Guid Id, string Address);

    private sealed record MapPoint(string Address, double Latitude, double Longitude, int Open);
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteCityMapTests(SqliteFactory factory) : CityMapTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresCityMapTests(PostgresFactory factory) : CityMapTests(factory);
