using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Tenancy;
using OpenKazan.IntegrationTests.Infrastructure;
using OpenKazan.Persistence;

namespace OpenKazan.IntegrationTests.Persistence;

/// <summary>
/// Walks the whole city model by reflection: for every tenant-owned entity, rows are made in two cities and no
/// read, update or delete of one city may reach the other. An entity added later is covered automatically.
/// </summary>
public abstract class TenantIsolationTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly TenantContext CityA = City("isolation-a");
    private static readonly TenantContext CityB = City("isolation-b");
    private TestDatabase? _database;

    public static TheoryData<string> TenantOwnedEntities()
    {
        using var db = DesignTime.City(DatabaseProvider.Sqlite);
        var data = new TheoryData<string>();
        foreach (var type in TenantOwnedTypes(db.Model))
        {
            data.Add(type.ClrType.FullName!);
        }

        return data;
    }

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        await using var db = Context(null);
        await db.Database.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Fact]
    public void The_model_has_tenant_owned_entities_to_check()
    {
        Assert.True(TenantOwnedEntities().Count >= 5);
    }

    [Fact]
    public void Every_entity_is_either_tenant_owned_or_declared_global()
    {
        using var db = DesignTime.City(DatabaseProvider.Sqlite);
        var undeclared = db.Model.GetEntityTypes()
            .Where(t => !t.IsOwned() && !typeof(ITenantOwned).IsAssignableFrom(t.ClrType)
                && t.ClrType.GetCustomAttributes(typeof(GlobalEntityAttribute), false).Length == 0)
            .Select(t => t.ClrType.Name)
            .ToList();

        Assert.Empty(undeclared);
    }

    [Fact]
    public void Every_unique_index_of_a_tenant_owned_entity_includes_the_tenant()
    {
        using var db = DesignTime.City(DatabaseProvider.Sqlite);
        var offenders = TenantOwnedTypes(db.Model)
            .SelectMany(t => t.GetIndexes().Where(i => i.IsUnique && i.Properties.All(p => p.Name != nameof(ITenantOwned.TenantId)))
                .Select(i => $"{t.ClrType.Name}({string.Join(",", i.Properties.Select(p => p.Name))})"))
            .ToList();

        Assert.Empty(offenders);
    }

    [Theory]
    [MemberData(nameof(TenantOwnedEntities))]
    public async Task Rows_of_one_city_are_invisible_and_untouchable_from_another(string entityName)
    {
        var (rowOfA, rowOfB) = await CreateRowsInBothCitiesAsync(entityName);
        var clrType = rowOfA.GetType();

        await using (var db = Context(CityA))
        {
            var visible = await AllRowsAsync(db, clrType);
            Assert.Contains(visible, r => KeyOf(db, r).Equals(KeyOf(db, rowOfA)));
            Assert.All(visible, r => Assert.Equal(CityA.Id, ((ITenantOwned)r).TenantId));
            Assert.Null(await db.FindAsync(clrType, KeyOf(db, rowOfB)));
        }

        await using (var db = Context(CityA))
        {
            db.Attach(rowOfB);
            db.Entry(rowOfB).State = EntityState.Modified;
            await Assert.ThrowsAsync<TenantIsolationException>(() => db.SaveChangesAsync());
        }

        await using (var db = Context(CityA))
        {
            db.Remove(rowOfB);
            await Assert.ThrowsAsync<TenantIsolationException>(() => db.SaveChangesAsync());
        }

        await using (var db = Context(CityA))
        {
            ((ITenantOwned)rowOfA).TenantId = CityB.Id;
            db.Attach(rowOfA);
            db.Entry(rowOfA).Property(nameof(ITenantOwned.TenantId)).OriginalValue = CityA.Id;
            db.Entry(rowOfA).State = EntityState.Modified;
            await Assert.ThrowsAsync<TenantIsolationException>(() => db.SaveChangesAsync());
        }

        await using (var db = Context(CityB))
        {
            Assert.NotNull(await db.FindAsync(clrType, KeyOf(db, rowOfB)));
        }
    }

    [Theory]
    [MemberData(nameof(TenantOwnedEntities))]
    public async Task Bulk_deletes_of_one_city_leave_the_other_city_alone(string entityName)
    {
        var (_, rowOfB) = await CreateRowsInBothCitiesAsync(entityName);
        var clrType = rowOfB.GetType();

        await using (var db = Context(CityA))
        {
            try
            {
                await BulkDeleteAsync(db, clrType);
            }
            catch (Exception ex) when (ex is DbUpdateException or System.Data.Common.DbException)
            {
                // Other city-A rows may still refer to these ones; what matters is city B below.
            }
        }

        await using (var db = Context(CityB))
        {
            Assert.NotNull(await db.FindAsync(clrType, KeyOf(db, rowOfB)));
        }
    }

    [Fact]
    public async Task A_context_without_a_city_sees_nothing_and_saves_nothing()
    {
        var first = TenantOwnedEntities().Cast<object[]>().First();
        await CreateRowsInBothCitiesAsync((string)first[0]);
        await using var db = Context(null);
        var type = TenantOwnedTypes(db.Model).First();
        var factory = new EntityFactory(db);

        Assert.Empty(await AllRowsAsync(db, type.ClrType));
        db.Add(factory.Create(type));
        await Assert.ThrowsAsync<TenantIsolationException>(() => db.SaveChangesAsync());
    }

    private async Task<(object RowOfA, object RowOfB)> CreateRowsInBothCitiesAsync(string entityName)
    {
        return (await CreateRowAsync(CityA, entityName), await CreateRowAsync(CityB, entityName));
    }

    private async Task<object> CreateRowAsync(TenantContext city, string entityName)
    {
        await using var db = Context(city);
        var type = db.Model.GetEntityTypes().Single(t => t.ClrType.FullName == entityName);
        var row = new EntityFactory(db).Create(type);
        db.Add(row);
        await db.SaveChangesAsync();
        return row;
    }

    private CityDbContext Context(TenantContext? city) =>
        DesignTime.City(provider, _database!.ConnectionString, new FixedTenant(city));

    private static IEnumerable<IEntityType> TenantOwnedTypes(IModel model) =>
        model.GetEntityTypes()
            .Where(t => !t.IsOwned() && typeof(ITenantOwned).IsAssignableFrom(t.ClrType))
            .OrderBy(t => t.ClrType.FullName, StringComparer.Ordinal);

    private static object KeyOf(DbContext db, object entity) =>
        db.Model.FindEntityType(entity.GetType())!.FindPrimaryKey()!.Properties.Single().PropertyInfo!.GetValue(entity)!;

    private static async Task<List<object>> AllRowsAsync(DbContext db, Type clrType)
    {
        var method = typeof(TenantIsolationTests).GetMethod(nameof(AllRowsOf), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        return await (Task<List<object>>)method.MakeGenericMethod(clrType).Invoke(null, [db])!;
    }

    private static async Task<List<object>> AllRowsOf<T>(DbContext db)
        where T : class =>
        (await db.Set<T>().AsNoTracking().ToListAsync()).Cast<object>().ToList();

    private static Task<int> BulkDeleteAsync(DbContext db, Type clrType)
    {
        var method = typeof(TenantIsolationTests).GetMethod(nameof(BulkDeleteOf), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        return (Task<int>)method.MakeGenericMethod(clrType).Invoke(null, [db])!;
    }

    private static Task<int> BulkDeleteOf<T>(DbContext db)
        where T : class =>
        db.Set<T>().ExecuteDeleteAsync();

    private static TenantContext City(string slug) =>
        new(Guid.NewGuid(), slug, "Europe/Moscow", "ru", ["ru"], "ISO", WorkingCalendar.FiveDayWeek, null);

    private sealed class FixedTenant(TenantContext? tenant) : ICurrentTenant
    {
        public TenantContext? Tenant => tenant;
    }
}

public sealed class SqliteTenantIsolationTests() : TenantIsolationTests(DatabaseProvider.Sqlite);

public sealed class PostgresTenantIsolationTests() : TenantIsolationTests(DatabaseProvider.PostgreSql);
