using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Tenancy;
using OpenKazan.Identity.Persistence;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    public const string DefaultConnectionName = "OpenKazan";

    /// <summary>
    /// The catalog, platform (accounts, tokens, keys) and city contexts on the configured engine. A city with its own database gets its own
    /// connection string through the same code path: the options are built per scope, after the city is known.
    /// </summary>
    public static IServiceCollection AddOpenKazanPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.SectionName));

        // Settings are read when a context is created, not at registration: hosts and tests configure late.
        services.AddDbContext<CatalogDbContext>((sp, options) => options.Use(
            Provider(sp), ConnectionString(sp.GetRequiredService<IConfiguration>(), DefaultConnectionName),
            ProviderConfiguration.HistoryTables.Catalog).ReplaceService<IModelCustomizer, CatalogModelCustomizer>());
        services.AddScoped<CentralDbContext>(sp => sp.GetRequiredService<CatalogDbContext>());
        services.AddDbContext<PlatformDbContext>((sp, options) => options.Use(
            Provider(sp), ConnectionString(sp.GetRequiredService<IConfiguration>(), DefaultConnectionName),
            ProviderConfiguration.HistoryTables.Platform));
        services.AddDbContext<CityDbContext>((sp, options) =>
        {
            var tenant = sp.GetRequiredService<ICurrentTenant>().Tenant;
            var name = tenant?.OwnConnectionStringName ?? DefaultConnectionName;
            options.Use(Provider(sp), ConnectionString(sp.GetRequiredService<IConfiguration>(), name), ProviderConfiguration.HistoryTables.City);

            // Hosts that cache public output evict a city's pages when its public data is saved.
            if (sp.GetService<PublicDataChangesInterceptor>() is { } publicDataChanges)
            {
                options.AddInterceptors(publicDataChanges);
            }
        });
        services.AddScoped<TenantScopedDbContext>(sp => sp.GetRequiredService<CityDbContext>());
        services.AddScoped<DatabaseMigrator>();
        return services;
    }

    private static DatabaseProvider Provider(IServiceProvider services) =>
        services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider;

    public static string ConnectionString(IConfiguration configuration, string name) =>
        configuration.GetConnectionString(name)
        ?? throw new InvalidOperationException($"The connection string '{name}' is not configured (ConnectionStrings:{name}).");
}
