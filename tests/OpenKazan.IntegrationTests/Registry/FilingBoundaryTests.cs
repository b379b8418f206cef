using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.IntegrationTests.Identity;
using OpenKazan.IntegrationTests.Infrastructure;
using OpenKazan.Registry.Domain;
using OpenKazan.Requests.Domain;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.IntegrationTests.Registry;

/// <summary>
/// A resident's pin and an operator's typed coordinates outside the city's stored boundary are refused in the page's
/// language, and the map never picks the building that lies just outside it.
/// </summary>
public abstract class FilingBoundaryTests(OpenKazanFactory factory) : IDisposable
{
    /// <summary>South of Elabuga's polygon, inside tenant.json's bounds; a building is put there behind the editor's back.</summary>
    private const string OutsideLat = "55.7406";
    private const string OutsideLong = "52.1101";

    private readonly BoundaryPackages _packages = new(factory.Services);

    [Fact]
    public async Task The_map_never_picks_a_building_outside_the_city_and_answers_with_the_boundary()
    {
        var (city, _) = await CityWithBuildingOutsideAsync();
        var client = factory.ClientFor($"{city.Slug}.localhost");

        var outside = await client.GetAsync(new Uri($"/api/registry/buildings/nearest?lat={OutsideLat}&long={OutsideLong}", UriKind.Relative));
        var inside = await client.GetAsync(new Uri("/api/registry/buildings/nearest?lat=55.75972&long=52.01509", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, outside.StatusCode);
        Assert.Equal("application/problem+json", outside.Content.Headers.ContentType?.MediaType);
        var problem = await outside.Content.ReadFromJsonAsync<Dictionary<string, object>>();
        Assert.Equal("Елабуга", problem!["boundary"].ToString());
        Assert.Equal(HttpStatusCode.OK, inside.StatusCode);
        Assert.Contains("ул. Мира, д. 1", await inside.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_resident_form_refuses_a_pin_outside_the_city_in_ru_tt_and_en_and_files_one_inside()
    {
        var (city, outsideBuilding) = await CityWithBuildingOutsideAsync();
        var site = $"http://{city.Slug}.localhost";
        var resident = new Browser(factory);
        await resident.SignInAsync(site, await _packages.NewAccountAsync(city, Roles.Resident), "Secret123");
        var category = await IdAsync<ServiceCategory>(city, c => c.Code == "water.no-cold");
        var inside = await IdAsync<Building>(city, b => b.Code == "elb-000001");
        var fields = new Dictionary<string, string>
        {
            ["BuildingId"] = outsideBuilding.ToString(), ["Latitude"] = OutsideLat, ["Longitude"] = OutsideLong,
            ["CategoryId"] = category.ToString(), ["Description"] = "Нет холодной воды с утра",
        };

        var ru = await RefusedAsync(resident, $"{site}/my/requests/new?lang=ru", fields);
        var tt = await RefusedAsync(resident, $"{site}/my/requests/new?lang=tt", fields);
        var en = await RefusedAsync(resident, $"{site}/my/requests/new?lang=en", fields);
        var filed = await resident.SubmitMultipartAsync($"{site}/my/requests/new?lang=ru", new Dictionary<string, string>(fields)
        {
            ["BuildingId"] = inside.ToString(), ["Latitude"] = "55.75972", ["Longitude"] = "52.01509",
        });

        Assert.Contains("Отмеченное на карте место лежит за границей города.", ru, StringComparison.Ordinal);
        Assert.Contains("Картада билгеләнгән урын шәһәр чигеннән тыш.", tt, StringComparison.Ordinal);
        Assert.Contains("The place marked on the map lies outside the city boundary.", en, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);
        Assert.Equal(0, await RequestsAtAsync(city, outsideBuilding));
        Assert.Equal(1, await RequestsAtAsync(city, inside));
    }

    [Theory]
    [InlineData("ru", "Точка 55.7406, 52.1101 лежит за границей города «Елабуга».")]
    [InlineData("tt", "55.7406, 52.1101 ноктасы «Елабуга» шәһәре чигеннән тыш.")]
    [InlineData("en", "The point 55.7406, 52.1101 lies outside the city boundary 'Елабуга'.")]
    public async Task The_call_centre_is_told_typed_coordinates_lie_outside_the_city_and_finds_the_building_near_a_point_inside(string language, string message)
    {
        var (city, _) = await CityWithBuildingOutsideAsync();
        var site = $"http://{city.Slug}.localhost";
        var operatorBrowser = new Browser(factory);
        await operatorBrowser.SignInAsync(site, await _packages.NewAccountAsync(city, Roles.Operator), "Secret123");

        var outside = await ReadAsync(operatorBrowser, $"{site}/callcentre?lang={language}&Address={Uri.EscapeDataString($"{OutsideLat}, {OutsideLong}")}");
        var inside = await ReadAsync(operatorBrowser, $"{site}/callcentre?lang={language}&Address={Uri.EscapeDataString("55.75972 52.01509")}");

        Assert.Contains(message, outside, StringComparison.Ordinal);
        Assert.DoesNotContain("ул. Граничная", outside, StringComparison.Ordinal);
        Assert.Contains("ул. Мира, д. 1", inside, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _packages.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>A live copy of Elabuga with one building just south of its boundary (as an older registry could have).</summary>
    private async Task<(TenantInfo City, Guid Outside)> CityWithBuildingOutsideAsync()
    {
        var city = await _packages.ActivateAsync(await _packages.ImportAsync(_packages.NewCity()));
        var outside = await _packages.InCityAsync(city, async sp =>
        {
            var db = sp.GetRequiredService<TenantScopedDbContext>();
            var centre = await db.Set<District>().Where(d => d.Code == "centre").Select(d => d.Id).SingleAsync();
            var building = new Building
            {
                Code = "elb-out", Address = "ул. Граничная, д. 1", AddressSearch = "граничная 1", DistrictId = centre,
                Latitude = double.Parse(OutsideLat, System.Globalization.CultureInfo.InvariantCulture),
                Longitude = double.Parse(OutsideLong, System.Globalization.CultureInfo.InvariantCulture),
            };
            db.Add(building);
            await db.SaveChangesAsync();
            return building.Id;
        });
        return (city, outside);
    }

    private Task<Guid> IdAsync<T>(TenantInfo city, System.Linq.Expressions.Expression<Func<T, bool>> where)
        where T : class, ITenantOwned => _packages.InCityAsync(city, sp =>
        sp.GetRequiredService<TenantScopedDbContext>().Set<T>().Where(where).Select(e => EF.Property<Guid>(e, "Id")).SingleAsync());

    private Task<int> RequestsAtAsync(TenantInfo city, Guid building) => _packages.InCityAsync(city, sp =>
        sp.GetRequiredService<TenantScopedDbContext>().Set<ServiceRequest>().CountAsync(r => r.BuildingId == building));

    private static async Task<string> RefusedAsync(Browser browser, string url, Dictionary<string, string> fields)
    {
        var response = await browser.SubmitMultipartAsync(url, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static async Task<string> ReadAsync(Browser browser, string url)
    {
        var response = await browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteFilingBoundaryTests(SqliteFactory factory) : FilingBoundaryTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresFilingBoundaryTests(PostgresFactory factory) : FilingBoundaryTests(factory);
