using Microsoft.Extensions.DependencyInjection;
using OpenKazan.Registry.Editing;

namespace OpenKazan.Registry;

public static class RegistryServiceCollectionExtensions
{
    /// <summary>The TenantAdmin's editors of the registry: the same rules as the package importer, one row at a time.</summary>
    public static IServiceCollection AddRegistry(this IServiceCollection services)
    {
        services.AddScoped<RegistryEditor>();
        services.AddScoped<RegistryDeleter>();
        services.AddScoped<ResponsibilityEditor>();
        return services;
    }
}
