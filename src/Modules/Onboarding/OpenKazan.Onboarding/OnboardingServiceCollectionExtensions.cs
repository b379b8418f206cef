using Microsoft.Extensions.DependencyInjection;
using OpenKazan.Onboarding.ExportCityPackage;
using OpenKazan.Onboarding.ImportCityPackage;
using OpenKazan.Registry.ExportPackage;
using OpenKazan.Registry.ImportPackage;

namespace OpenKazan.Onboarding;

public static class OnboardingServiceCollectionExtensions
{
    public static IServiceCollection AddOnboarding(this IServiceCollection services)
    {
        services.AddScoped<CityPackageImporter>();
        services.AddScoped<RegistryPackageImporter>();
        services.AddScoped<RegistryPackageWriter>();
        services.AddScoped<CityPackageExporter>();
        return services;
    }
}
