using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.IntegrationTests.Registry;
using OpenKazan.IntegrationTests.Requests.Infrastructure;
using OpenKazan.Open311.ApiKeys;
using OpenKazan.Registry.Domain;
using OpenKazan.Requests.Domain;
using OpenKazan.Tenancy.Contracts;
using static OpenKazan.IntegrationTests.Open311.Open311Api;

namespace OpenKazan.IntegrationTests.Open311;

/// <summary>
/// Open311 and the requests API refuse a point outside the city's stored boundary, each in its own error format, and
/// pick no building for it; each city is checked against its own polygon only (Grozny's never refuses Kazan's points).
/// </summary>
public abstract class BoundaryTests(Open311Factory factory) : IDisposable
{
    private const string Create = "/open311/v2/requests.json";
    private const double OutsideLat = 55.7406;
    private const double OutsideLong = 52.1101;
    private readonly BoundaryPackages _packages = new(factory.Services);

    [Fact]
    public async Task Open311_and_the_api_refuse_a_point_outside_the_city_and_file_one_inside()
    {
        var city = await _packages.ActivateAsync(await _packages.ImportAsync(_packages.NewCity()));
        var outsideBuilding = await AddBuildingOutsideAsync(city);
        var key = await AddKeyAsync(city);
        var client = factory.ClientFor($"{city.Slug}.localhost");
        (string, string)[] Water(double lat, double longitude) =>
            [("api_key", key), ("service_code", "water.no-cold"), ("lat", Degrees(lat)), ("long", Degrees(longitude)), ("description", "Нет воды")];
        var operatorClient = factory.ClientAs(TestPerson.Operator(city.Id), city.Slug);
        var category = await _packages.InCityAsync(city, sp => sp.GetRequiredService<TenantScopedDbContext>()
            .Set<ServiceCategory>().Where(c => c.Code == "water.no-cold").Select(c => c.Id).SingleAsync());
        object Call(double lat, double longitude, Guid? buildingId = null) => new
        {
            channel = "CallCentre",
            requester = new { kind = "Person", name = "Ильдар Звонков", phone = "8 917 000-11-22", consentToContact = false },
            buildingId,
            latitude = lat,
            longitude,
            categoryId = category,
            description = "Нет холодной воды",
        };

        var json = await PostJsonAsync(client, Create, Water(OutsideLat, OutsideLong));
        var xml = await PostXmlAsync(client, "/open311/v2/requests.xml", Water(OutsideLat, OutsideLong));
        var inside = await PostJsonAsync(client, Create, Water(55.75972, 52.01509));
        var byPoint = await operatorClient.PostAsJsonAsync("/api/requests", Call(OutsideLat, OutsideLong));
        var byBuildingWithPin = await operatorClient.PostAsJsonAsync("/api/requests", Call(OutsideLat, OutsideLong, outsideBuilding));

        AssertError(HttpStatusCode.BadRequest, json, "lat 55.7406, long 52.1101 lies outside the boundary of Елабуга");
        AssertXmlError(HttpStatusCode.BadRequest, xml);
        Assert.Contains("outside the boundary of Елабуга", xml.Body.Root!.Element("error")!.Element("description")!.Value, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, inside.Status);
        await AssertOutsideProblemAsync(byPoint);
        await AssertOutsideProblemAsync(byBuildingWithPin);
        Assert.Equal(0, await _packages.InCityAsync(city, sp => sp.GetRequiredService<TenantScopedDbContext>()
            .Set<ServiceRequest>().CountAsync(r => r.BuildingId == outsideBuilding)));
    }

    [Fact]
    public async Task Grozny_and_Kazan_are_each_checked_against_their_own_boundary_only()
    {
        var grozny = factory.City("grozny");
        var kazanHouse = await PointOfAsync("kazan", "kzn-000001");
        var groznyHouse = await PointOfAsync("grozny", "grz-000001");
        var boundary = await AddCityBoundaryAsync(grozny, "Грозный");
        try
        {
            var inKazan = await PostJsonAsync(factory.ClientFor("kazan.localhost"), Create, Lift(KazanKey, kazanHouse));
            var kazanPointInGrozny = await PostJsonAsync(factory.ClientFor("grozny.localhost"), Create, Lift(GroznyKey, kazanHouse));
            var groznyPointInKazan = await PostJsonAsync(factory.ClientFor("kazan.localhost"), Create, Lift(KazanKey, groznyHouse));
            var inGrozny = await PostJsonAsync(factory.ClientFor("grozny.localhost"), Create, Lift(GroznyKey, groznyHouse));

            Assert.Equal(HttpStatusCode.OK, inKazan.Status);
            AssertError(HttpStatusCode.BadRequest, kazanPointInGrozny, "lies outside the boundary of Грозный");
            AssertError(HttpStatusCode.BadRequest, groznyPointInKazan, "No building of this city within 150 m");
            Assert.Equal(HttpStatusCode.OK, inGrozny.Status);
        }
        finally
        {
            await factory.InCityAsync("grozny", async sp =>
            {
                var db = sp.GetRequiredService<TenantScopedDbContext>();
                db.Remove(await db.Set<AreaBoundary>().SingleAsync(b => b.Id == boundary));
                return await db.SaveChangesAsync();
            });
        }
    }

    public void Dispose()
    {
        _packages.Dispose();
        GC.SuppressFinalize(this);
    }

    private static (string, string)[] Lift(string key, (double Lat, double Long) point) =>
        [("api_key", key), ("service_code", "lift.out-of-order"), ("attribute[entrance]", "1"), ("description", "Лифт стоит"),
            ("lat", Degrees(point.Lat)), ("long", Degrees(point.Long))];

    private static string Degrees(double value) => value.ToString(CultureInfo.InvariantCulture);

    private static async Task AssertOutsideProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!;
        Assert.Contains("outside the boundary of Елабуга", errors["latitude"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private async Task<(double Lat, double Long)> PointOfAsync(string slug, string code)
    {
        var building = await factory.QueryAsync(slug, db => db.Set<Building>().AsNoTracking().SingleAsync(b => b.Code == code));
        return (building.Latitude, building.Longitude);
    }

    /// <summary>The rectangle of the city's bounds stored as its boundary, as an import of its boundaries.geojson would.</summary>
    private Task<Guid> AddCityBoundaryAsync(TenantInfo city, string name) => factory.InCityAsync(city.Slug, async sp =>
    {
        var b = city.Bounds!;
        var ring = string.Create(CultureInfo.InvariantCulture,
            $"[[{b.MinLong},{b.MinLat}],[{b.MaxLong},{b.MinLat}],[{b.MaxLong},{b.MaxLat}],[{b.MinLong},{b.MaxLat}],[{b.MinLong},{b.MinLat}]]");
        var boundary = new AreaBoundary { Name = name, Geometry = $$"""{ "type": "Polygon", "coordinates": [{{ring}}] }""" };
        var db = sp.GetRequiredService<TenantScopedDbContext>();
        db.Add(boundary);
        await db.SaveChangesAsync();
        return boundary.Id;
    });

    private Task<Guid> AddBuildingOutsideAsync(TenantInfo city) => _packages.InCityAsync(city, async sp =>
    {
        var db = sp.GetRequiredService<TenantScopedDbContext>();
        var centre = await db.Set<District>().Where(d => d.Code == "centre").Select(d => d.Id).SingleAsync();
        var building = new Building
        {
            Code = "elb-out", Address = "ул. Граничная, д. 1", AddressSearch = "граничная 1", DistrictId = centre,
            Latitude = OutsideLat, Longitude = OutsideLong,
        };
        db.Add(building);
        await db.SaveChangesAsync();
        return building.Id;
    });

    private Task<string> AddKeyAsync(TenantInfo city) => _packages.InCityAsync(city, async sp =>
    {
        var secret = ApiKeySecrets.Generate();
        var db = sp.GetRequiredService<TenantScopedDbContext>();
        db.Add(new ApiKey { Name = "Boundary test", Hash = ApiKeySecrets.Hash(secret), Hint = ApiKeySecrets.Hint(secret) });
        await db.SaveChangesAsync();
        return secret;
    });
}

[Collection(Open311SqliteCollection.Name)]
public sealed class SqliteBoundaryTests(SqliteOpen311Factory factory) : BoundaryTests(factory);

[Collection(Open311PostgresCollection.Name)]
public sealed class PostgresBoundaryTests(PostgresOpen311Factory factory) : BoundaryTests(factory);
