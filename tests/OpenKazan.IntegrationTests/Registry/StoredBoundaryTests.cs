using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.IntegrationTests.Infrastructure;
using OpenKazan.Registry.Contracts;
using OpenKazan.Registry.Domain;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.IntegrationTests.Registry;

/// <summary>
/// A city's boundaries.geojson is stored on import, replaced by a re-import, written back by an export, and checked by
/// the registry editor; another city's polygons never are.
/// </summary>
public abstract class StoredBoundaryTests(OpenKazanFactory factory) : IDisposable
{
    private readonly BoundaryPackages _packages = new(factory.Services);

    [Fact]
    public async Task An_imported_citys_boundaries_are_stored_and_exported_as_the_same_polygons()
    {
        var city = await _packages.ImportAsync(_packages.NewCity());

        var stored = await BoundariesAsync(city);
        var exported = await _packages.ExportAsync(city.Slug);

        Assert.Equal(["", "centre", "north"], stored.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Центральный", stored["centre"]);
        Assert.Equal(Features(BoundaryPackages.Elabuga), Features(exported));
    }

    [Fact]
    public async Task An_exported_city_imports_back_to_the_same_boundaries()
    {
        var city = await _packages.ImportAsync(_packages.NewCity());
        var stored = await BoundariesAsync(city);

        await _packages.ImportAsync(await _packages.ExportAsync(city.Slug));

        Assert.Equal(stored, await BoundariesAsync(city));
        Assert.Equal(Features(BoundaryPackages.Elabuga), Features(await _packages.ExportAsync(city.Slug)));
    }

    [Fact]
    public async Task A_re_import_replaces_the_boundaries_and_a_package_without_them_removes_them()
    {
        var folder = _packages.NewCity();
        var city = await _packages.ImportAsync(folder);

        File.WriteAllText(Path.Combine(folder, "boundaries.geojson"), BoundaryPackages.OldTown);
        await _packages.ImportAsync(folder);
        var replaced = await BoundariesAsync(city);
        File.Delete(Path.Combine(folder, "boundaries.geojson"));
        await _packages.ImportAsync(folder);

        Assert.Equal("Старая Елабуга", Assert.Single(replaced).Value);
        Assert.Empty(await BoundariesAsync(city));
        Assert.False(File.Exists(Path.Combine(await _packages.ExportAsync(city.Slug), "boundaries.geojson")));
    }

    [Fact]
    public async Task The_editor_refuses_a_building_outside_the_city_or_its_district_and_saves_one_inside()
    {
        var city = await _packages.ImportAsync(_packages.NewCity());
        var centre = await DistrictAsync(city, "centre");
        var existing = await BuildingIdAsync(city, "elb-000001");

        // Inside tenant.json's bounds but outside the city's polygon, north of the centre's, in the centre.
        var outsideCity = await SaveAsync(city, null, Building("b-far", centre, 55.7405, 52.11));
        var outsideDistrict = await SaveAsync(city, null, Building("b-north", centre, 55.775, 52.05));
        var moved = await SaveAsync(city, existing, Building("elb-000001", centre, 55.775, 52.05));
        var inside = await SaveAsync(city, null, Building("b-centre", centre, 55.755, 52.05));
        var deleteCentre = await _packages.InCityAsync(city, sp => sp.GetRequiredService<IRegistryDeleter>().DeleteDistrictAsync(centre, CancellationToken.None));

        Assert.Equal(new EditError("Latitude", EditReasons.OutsideCityBoundary, "Елабуга"), Assert.Single(outsideCity.Errors));
        Assert.Equal(new EditError("Latitude", EditReasons.OutsideDistrictBoundary, "Центральный"), Assert.Single(outsideDistrict.Errors));
        Assert.Equal(EditReasons.OutsideDistrictBoundary, Assert.Single(moved.Errors).Reason);
        Assert.True(inside.Succeeded);
        Assert.Contains(deleteCentre.Errors, e => e.Field == "area_boundaries");
    }

    [Fact]
    public async Task A_citys_buildings_are_checked_against_its_own_boundaries_only()
    {
        var elabuga = await _packages.ImportAsync(_packages.NewCity());
        var oldTown = await _packages.ImportAsync(_packages.NewCity(BoundaryPackages.OldTown));

        var inElabuga = await SaveAsync(elabuga, null, Building("b-1", await DistrictAsync(elabuga, "centre"), 55.755, 52.105));
        var inOldTown = await SaveAsync(oldTown, null, Building("b-1", await DistrictAsync(oldTown, "centre"), 55.755, 52.105));

        Assert.True(inElabuga.Succeeded);
        Assert.Equal(new EditError("Latitude", EditReasons.OutsideCityBoundary, "Старая Елабуга"), Assert.Single(inOldTown.Errors));
        Assert.Equal(3, (await BoundariesAsync(elabuga)).Count);
        Assert.Single(await BoundariesAsync(oldTown));
    }

    public void Dispose()
    {
        _packages.Dispose();
        GC.SuppressFinalize(this);
    }

    private static BuildingInput Building(string code, Guid district, double lat, double longitude) =>
        new(code, $"ул. Граничная, д. {code}", district, lat, longitude, null, 5, 20, 2020);

    private Task<EditResult> SaveAsync(TenantInfo city, Guid? id, BuildingInput input) =>
        _packages.InCityAsync(city, sp => sp.GetRequiredService<IRegistryEditor>().SaveBuildingAsync(id, input, CancellationToken.None));

    /// <summary>The city's stored boundaries by district code ("" for the city's), each with its name.</summary>
    private Task<Dictionary<string, string>> BoundariesAsync(TenantInfo city) => _packages.InCityAsync(city, async sp =>
    {
        var db = sp.GetRequiredService<TenantScopedDbContext>();
        var codes = await db.Set<District>().ToDictionaryAsync(d => d.Id, d => d.Code);
        return (await db.Set<AreaBoundary>().ToListAsync())
            .ToDictionary(b => b.DistrictId is { } d ? codes[d] : string.Empty, b => b.Name, StringComparer.Ordinal);
    });

    private Task<Guid> DistrictAsync(TenantInfo city, string code) => _packages.InCityAsync(city, sp =>
        sp.GetRequiredService<TenantScopedDbContext>().Set<District>().Where(d => d.Code == code).Select(d => d.Id).SingleAsync());

    private Task<Guid> BuildingIdAsync(TenantInfo city, string code) => _packages.InCityAsync(city, sp =>
        sp.GetRequiredService<TenantScopedDbContext>().Set<Building>().Where(b => b.Code == code).Select(b => b.Id).SingleAsync());

    /// <summary>The features of a package's boundaries.geojson as "district|name|geometry", the geometry in one canonical form.</summary>
    private static string[] Features(string folder) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "boundaries.geojson")))!["features"]!.AsArray()
            .Select(f => $"{f!["properties"]!["district"]}|{f["properties"]!["name"]}|{f["geometry"]!.ToJsonString()}")
            .Order(StringComparer.Ordinal)
            .ToArray();
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteStoredBoundaryTests(SqliteFactory factory) : StoredBoundaryTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresStoredBoundaryTests(PostgresFactory factory) : StoredBoundaryTests(factory);
