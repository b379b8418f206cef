using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.BuildingBlocks;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.IntegrationTests.Infrastructure;
using OpenKazan.Persistence;
using OpenKazan.Registry.Domain;
using OpenKazan.Requests.Domain;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Registry.Contracts;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.IntegrationTests.Admin;

/// <summary>The deleter's reference checks on both engines: what nothing refers to goes, the rest stays, another city's row is not found.</summary>
public abstract class RegistryDeleterTests(OpenKazanFactory factory)
{
    [Fact]
    public async Task A_district_and_a_building_nothing_refers_to_are_deleted()
    {
        var (district, building) = await NewDistrictWithBuildingAsync("kazan");

        var results = await InCityAsync("kazan", async (_, deleter) =>
            (await deleter.DeleteDistrictAsync(district, default), await deleter.DeleteBuildingAsync(building, default), await deleter.DeleteDistrictAsync(district, default)));

        Assert.Contains(results.Item1.Errors, e => e is { Field: "buildings", Reason: EditReasons.InUse, Value: "1" });
        Assert.True(results.Item2.Succeeded);
        Assert.True(results.Item3.Succeeded);
        Assert.False(await InCityAsync("kazan", (db, _) => db.Set<District>().AnyAsync(d => d.Id == district)));
    }

    [Fact]
    public async Task A_building_with_a_request_is_refused_and_the_request_keeps_its_building()
    {
        var (_, building) = await NewDistrictWithBuildingAsync("kazan");
        var request = await InCityAsync("kazan", async (db, _) =>
        {
            var category = await db.Set<ServiceCategory>().Select(c => c.Id).FirstAsync();
            var row = new ServiceRequest
            {
                Number = "DEL-" + Guid.NewGuid().ToString("N")[..8], RequesterName = "Проверка", Culture = "ru",
                Description = "Заявка держит дом", BuildingId = building, CategoryId = category, RegisteredAt = DateTime.UtcNow,
            };
            db.Add(row);
            await db.SaveChangesAsync();
            return row.Id;
        });

        var result = await InCityAsync("kazan", (_, deleter) => deleter.DeleteBuildingAsync(building, default));

        Assert.Contains(result.Errors, e => e is { Field: "requests", Reason: EditReasons.InUse, Value: "1" });
        Assert.True(await InCityAsync("kazan", (db, _) => db.Set<ServiceRequest>().AnyAsync(r => r.Id == request && r.BuildingId == building)));
    }

    [Fact]
    public async Task Another_citys_row_is_not_found_and_stays()
    {
        var (district, building) = await NewDistrictWithBuildingAsync("kazan");

        var result = await InCityAsync("grozny", (_, deleter) => deleter.DeleteBuildingAsync(building, default));

        Assert.True(result.NotFound);
        Assert.True(await InCityAsync("kazan", (db, _) => db.Set<Building>().AnyAsync(b => b.Id == building && b.DistrictId == district)));
    }

    private Task<(Guid District, Guid Building)> NewDistrictWithBuildingAsync(string slug) => InCityAsync(slug, async (db, _) =>
    {
        var code = "del-" + Guid.NewGuid().ToString("N")[..8];
        var district = new District { Code = code, Name = new LocalizedText("Удаляемый район") };
        var building = new Building { Code = code, Address = "ул. Удаляемая, " + code, AddressSearch = code, DistrictId = district.Id, Latitude = 55.8, Longitude = 49.1 };
        db.AddRange(district, building);
        await db.SaveChangesAsync();
        return (district.Id, building.Id);
    });

    private async Task<T> InCityAsync<T>(string slug, Func<TenantScopedDbContext, IRegistryDeleter, Task<T>> work)
    {
        var city = factory.Services.GetRequiredService<ITenantStore>().FindBySlug(slug)!;
        await using var scope = factory.Services.GetRequiredService<TenantScopeFactory>().Create(city);
        return await work(scope.Services.GetRequiredService<TenantScopedDbContext>(), scope.Services.GetRequiredService<IRegistryDeleter>());
    }
}

// A database of their own: the rows these tests add would change other tests' counts of Kazan's registry.
public sealed class SqliteRegistryDeleterFactory() : OpenKazanFactory(DatabaseProvider.Sqlite);

public sealed class PostgresRegistryDeleterFactory() : OpenKazanFactory(DatabaseProvider.PostgreSql);

public sealed class SqliteRegistryDeleterTests(SqliteRegistryDeleterFactory factory)
    : RegistryDeleterTests(factory), IClassFixture<SqliteRegistryDeleterFactory>;

public sealed class PostgresRegistryDeleterTests(PostgresRegistryDeleterFactory factory)
    : RegistryDeleterTests(factory), IClassFixture<PostgresRegistryDeleterFactory>;
