using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.FeatureManagement;
using OpenKazan.BuildingBlocks.Caching;
using OpenKazan.BuildingBlocks.Tenancy;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Features;
using OpenKazan.Tenancy.Options;
using OpenKazan.Tenancy.Resolution;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Tenancy;

public static class TenancyServiceCollectionExtensions
{
    /// <summary>
    /// The tenancy core: catalog store and watcher, resolution strategies, current-tenant accessor and scopes.
    /// The catalog's DbContext is registered by the host, which knows the database provider.
    /// </summary>
    public static IServiceCollection AddTenancy(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TenancyOptions>().Bind(configuration.GetSection(TenancyOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CurrentTenantAccessor>();
        services.AddSingleton<ICurrentTenant>(sp => sp.GetRequiredService<CurrentTenantAccessor>());
        services.AddSingleton<ITenantStore, CachedTenantStore>();
        services.AddHostedService<CatalogWatcher>();
        services.AddSingleton<HostStrategy>();
        services.AddSingleton<PathPrefixStrategy>();
        services.AddSingleton<TenantScopeFactory>();
        services.AddSingleton<CityJobRunner>();
        services.AddScoped<TenantCatalog>();
        services.AddScoped<ICityChangeSignal>(sp => sp.GetRequiredService<TenantCatalog>());
        services.AddScoped<ICityCatalog>(sp => sp.GetRequiredService<TenantCatalog>());
        services.AddCityCache(configuration);
        services.AddScoped<ICityFeatureSwitch, CityFeatureSwitch>();
        services.AddScoped<IBrandingEditor, Branding.BrandingEditor>();
        services.AddScoped<ICalendarEditor, Calendar.CalendarEditor>();
        services.AddSingleton(typeof(TenantOptionsCache<>));
        services.AddScoped(typeof(TenantOptions<>));
        services.AddSingleton<IFeatureDefinitionProvider, CityFeatureDefinitions>();
        services.AddFeatureManagement().AddFeatureFilter<CityFeatureFilter>();
        return services;
    }

    /// <summary>
    /// HybridCache for values cached per city (<see cref="CityCache"/>): in memory on each node, with Redis as a
    /// shared second level when <c>ConnectionStrings:Redis</c> is set. Invalidation never relies on Redis: each node
    /// drops its entries when the catalog version moves on.
    /// </summary>
    private static void AddCityCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHybridCache();
        if (configuration.GetConnectionString("Redis") is { Length: > 0 } redis)
        {
            services.AddStackExchangeRedisCache(options =>
            {
                options.Configuration = redis;
                options.InstanceName = "openkazan:";
            });
        }
    }

    public static IServiceCollection ConfigurePerTenant<TOptions>(this IServiceCollection services, Action<TOptions, TenantInfo> configure)
        where TOptions : class
    {
        services.AddSingleton<IConfigurePerTenant<TOptions>>(new ConfigurePerTenant<TOptions>(configure));
        return services;
    }

    public static IApplicationBuilder UseTenantResolution(this IApplicationBuilder app) =>
        app.UseMiddleware<TenantResolutionMiddleware>();

    /// <summary>Which features the current city has (public), and the central team's switch.</summary>
    public static IEndpointRouteBuilder MapFeatureEndpoints(this IEndpointRouteBuilder endpoints) => FeatureEndpoints.Map(endpoints);
}
