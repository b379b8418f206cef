using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
    /// connection string through the same code path: the connection is chosen per scope, after the city is known; the options for each
    /// connection string are built once (<see cref="SharedContextOptions{TContext}"/>).
    /// </summary>
    public static IServiceCollection AddOpenKazanPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.SectionName));

        // Settings are read when a context is first created, not at registration: hosts and tests configure late.
        AddContext<CatalogDbContext>(services, _ => DefaultConnectionName, (sp, options, connection) => options.Use(
            Provider(sp), connection, ProviderConfiguration.HistoryTables.Catalog).ReplaceService<IModelCustomizer, CatalogModelCustomizer>());
        services.AddScoped<CentralDbContext>(sp => sp.GetRequiredService<CatalogDbContext>());
        AddContext<PlatformDbContext>(services, _ => DefaultConnectionName, (sp, options, connection) => options.Use(
            Provider(sp), connection, ProviderConfiguration.HistoryTables.Platform));
        AddContext<CityDbContext>(services, CityConnectionName, (sp, options, connection) =>
        {
            options.Use(Provider(sp), connection, ProviderConfiguration.HistoryTables.City);

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

    private static void AddContext<TContext>(
        IServiceCollection services,
        Func<IServiceProvider, string> connectionName,
        Action<IServiceProvider, DbContextOptionsBuilder, string> configure)
        where TContext : DbContext
    {
        services.AddDbContext<TContext>();
        services.AddSingleton(root => new SharedContextOptions<TContext>(root, configure));
        services.Replace(ServiceDescriptor.Scoped(sp => sp.GetRequiredService<SharedContextOptions<TContext>>()
            .For(ConnectionString(sp.GetRequiredService<IConfiguration>(), connectionName(sp)))));
    }

    private static string CityConnectionName(IServiceProvider scope) =>
        scope.GetRequiredService<ICurrentTenant>().Tenant?.OwnConnectionStringName ?? DefaultConnectionName;

    private static DatabaseProvider Provider(IServiceProvider services) =>
        services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider;

    public static string ConnectionString(IConfiguration configuration, string name) =>
        configuration.GetConnectionString(name)
        ?? throw new InvalidOperationException($"The connection string '{name}' is not configured (ConnectionStrings:{name}).");
}
