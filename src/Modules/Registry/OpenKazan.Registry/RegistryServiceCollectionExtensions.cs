using Microsoft.Extensions.DependencyInjection;
using OpenKazan.Registry.Contracts;
using OpenKazan.Registry.Editing;
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
        services.AddScoped<RegistryEditor>();
        services.AddScoped<RegistryDeleter>();
        services.AddScoped<ResponsibilityEditor>();
        return services;
    }
}
