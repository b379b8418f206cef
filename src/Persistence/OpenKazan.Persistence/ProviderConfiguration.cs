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
            DatabaseProvider.PostgreSql => builder.UseNpgsql(Prepared(connectionString), o => o
                .MigrationsAssembly(MigrationsAssembly(provider)).MigrationsHistoryTable(historyTable)),
            DatabaseProvider.SqlServer => builder.UseSqlServer(connectionString, o => o
                .MigrationsAssembly(MigrationsAssembly(provider)).MigrationsHistoryTable(historyTable).EnableRetryOnFailure()),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
    }

    /// <summary>
    /// Npgsql prepares the statements a connection runs most often (unless the connection string says otherwise), so
    /// PostgreSQL plans the hot reads once per connection instead of on every call. Memoised: contexts are built per
    /// request.
    /// </summary>
    private static string Prepared(string connectionString) => PreparedConnectionStrings.GetOrAdd(connectionString, static text =>
        text.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase)
            ? text
            : new Npgsql.NpgsqlConnectionStringBuilder(text) { MaxAutoPrepare = 64 }.ConnectionString);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> PreparedConnectionStrings = new(StringComparer.Ordinal);

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
