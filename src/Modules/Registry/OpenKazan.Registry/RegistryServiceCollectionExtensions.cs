using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.Registry.Contracts;
using OpenKazan.Registry.Editing;
using OpenKazan.Registry.Endpoints;
using OpenKazan.Registry.ExportPackage;
using OpenKazan.Registry.ImportPackage;

namespace OpenKazan.Registry;

public static class RegistryServiceCollectionExtensions
{
    /// <summary>
    /// The TenantAdmin's editors of the registry (the same rules as the package importer, one row at a time) and the
    /// registry's part of a city package, imported and exported.
    /// </summary>
    public static IServiceCollection AddRegistry(this IServiceCollection services)
    {
        services.AddScoped<RegistryPackageImporter>();
        services.AddScoped<RegistryPackageWriter>();
        services.AddScoped<IRegistryPackages, RegistryPackages>();
        services.AddScoped<IRegistryEditor, RegistryEditor>();
        services.AddScoped<IRegistryDeleter, RegistryDeleter>();
        services.AddScoped<IResponsibilityEditor, ResponsibilityEditor>();
        return services;
    }

    /// <summary>The city's public registry API: districts, categories, organisations and the address search.</summary>
    public static IEndpointRouteBuilder MapRegistryEndpoints(this IEndpointRouteBuilder endpoints) => RegistryEndpoints.Map(endpoints);
}
