using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using OpenKazan.BuildingBlocks.Tenancy;
using OpenKazan.Identity.Persistence;
using OpenKazan.Tenancy.Catalog;

namespace OpenKazan.Persistence;

/// <summary>
/// Contexts for <c>dotnet ef</c> and for the pending-model-change test: no city, a placeholder connection string
/// (generating a migration never connects).
/// </summary>
public static class DesignTime
{
    public static CatalogDbContext Catalog(DatabaseProvider provider, string? connectionString = null)
    {
        var builder = new DbContextOptionsBuilder<CatalogDbContext>();
        builder.Use(provider, connectionString ?? Placeholder(provider), ProviderConfiguration.HistoryTables.Catalog)
            .ReplaceService<IModelCustomizer, CatalogModelCustomizer>();
        return new CatalogDbContext(builder.Options);
    }

    public static PlatformDbContext Platform(DatabaseProvider provider, string? connectionString = null)
    {
        var builder = new DbContextOptionsBuilder<PlatformDbContext>();
        builder.Use(provider, connectionString ?? Placeholder(provider), ProviderConfiguration.HistoryTables.Platform);
        return new PlatformDbContext(builder.Options);
    }

    public static CityDbContext City(DatabaseProvider provider, string? connectionString = null, ICurrentTenant? tenant = null)
    {
        var builder = new DbContextOptionsBuilder<CityDbContext>();
        builder.Use(provider, connectionString ?? Placeholder(provider), ProviderConfiguration.HistoryTables.City);
        return new CityDbContext(builder.Options, tenant ?? NoTenant.Instance);
    }

    private static string Placeholder(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => "Data Source=design-time.db",
        DatabaseProvider.PostgreSql => "Host=127.0.0.1;Database=design_time",
        _ => "Server=127.0.0.1;Database=design_time;TrustServerCertificate=true",
    };

    private sealed class NoTenant : ICurrentTenant
    {
        public static NoTenant Instance { get; } = new();

        public TenantContext? Tenant => null;
    }
}
