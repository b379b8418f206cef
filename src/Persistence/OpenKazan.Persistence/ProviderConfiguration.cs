using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;

namespace OpenKazan.Persistence;

/// <summary>
/// The one place that knows the three database engines: which provider, which migrations assembly and which
/// history table each context uses.
/// </summary>
public static class ProviderConfiguration
{
    public static DbContextOptionsBuilder Use(this DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString, string historyTable)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // Every context on every engine keeps the input rule at the last step before the database.
        builder.AddInterceptors(StoredTextInterceptor.Instance);
        return provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(connectionString, o => o
                .MigrationsAssembly(MigrationsAssembly(provider)).MigrationsHistoryTable(historyTable)),
            DatabaseProvider.PostgreSql => builder.UseNpgsql(connectionString, o => o
                .MigrationsAssembly(MigrationsAssembly(provider)).MigrationsHistoryTable(historyTable)),
            DatabaseProvider.SqlServer => builder.UseSqlServer(connectionString, o => o
                .MigrationsAssembly(MigrationsAssembly(provider)).MigrationsHistoryTable(historyTable).EnableRetryOnFailure()),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
    }

    public static string MigrationsAssembly(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => "OpenKazan.Migrations.Sqlite",
        DatabaseProvider.PostgreSql => "OpenKazan.Migrations.PostgreSql",
        DatabaseProvider.SqlServer => "OpenKazan.Migrations.SqlServer",
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
    };

    public static class HistoryTables
    {
        public const string Catalog = "__migrations_catalog";
        public const string City = "__migrations_city";
        public const string Platform = "__migrations_platform";
    }
}
