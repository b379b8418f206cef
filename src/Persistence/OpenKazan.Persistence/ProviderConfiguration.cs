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
            DatabaseProvider.PostgreSql => builder.UseNpgsql(PooledAndPrepared(connectionString), o => o
                .MigrationsAssembly(MigrationsAssembly(provider)).MigrationsHistoryTable(historyTable)),
            DatabaseProvider.SqlServer => builder.UseSqlServer(connectionString, o => o
                .MigrationsAssembly(MigrationsAssembly(provider)).MigrationsHistoryTable(historyTable).EnableRetryOnFailure()),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
    }

    /// <summary>
    /// Npgsql prepares the statements a connection runs most often (unless the connection string says otherwise), so
    /// PostgreSQL plans the hot reads once per connection instead of on every call: planning the joined read of one
    /// request costs several times its execution. A connection handed back to the pool is not reset either (unless
    /// the connection string says otherwise): no code sets session state (the one setting made, the request
    /// number's commit mode, is local to its transaction), and the reset is a statement on every first query of a
    /// request. Run once per connection string: a host builds its options once (<see cref="SharedContextOptions{TContext}"/>).
    /// </summary>
    private static string PooledAndPrepared(string text)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(text);
        if (!text.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 64;
        }

        if (!text.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
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
