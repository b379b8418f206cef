using Microsoft.EntityFrameworkCore;
using OpenKazan.Persistence;

namespace OpenKazan.IntegrationTests.Persistence;

/// <summary>A model change without a migration fails here, for every context on every engine (tools/add-migration.sh fixes it).</summary>
public sealed class MigrationsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void Every_context_has_a_migration_for_its_current_model(DatabaseProvider provider)
    {
        using var catalog = DesignTime.Catalog(provider);
        using var city = DesignTime.City(provider);
        using var platform = DesignTime.Platform(provider);

        Assert.False(platform.Database.HasPendingModelChanges(), $"Platform model changed without a {provider} migration.");
        Assert.False(catalog.Database.HasPendingModelChanges(), $"Catalog model changed without a {provider} migration.");
        Assert.False(city.Database.HasPendingModelChanges(), $"City model changed without a {provider} migration.");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void Every_engine_has_the_same_migrations(DatabaseProvider provider)
    {
        using var reference = DesignTime.City(DatabaseProvider.Sqlite);
        using var city = DesignTime.City(provider);

        Assert.Equal(
            reference.Database.GetMigrations().Select(m => m[15..]),
            city.Database.GetMigrations().Select(m => m[15..]));
    }

    [Theory]
    [InlineData(DatabaseProvider.PostgreSql)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void Every_engine_has_the_same_platform_migrations(DatabaseProvider provider)
    {
        using var reference = DesignTime.Platform(DatabaseProvider.Sqlite);
        using var platform = DesignTime.Platform(provider);

        Assert.NotEmpty(reference.Database.GetMigrations());
        Assert.Equal(
            reference.Database.GetMigrations().Select(m => m[15..]),
            platform.Database.GetMigrations().Select(m => m[15..]));
    }
}
