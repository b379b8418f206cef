using Microsoft.Extensions.DependencyInjection;
using OpenKazan.Onboarding.ImportCityPackage;
using OpenKazan.Registry.ImportPackage;

namespace OpenKazan.Onboarding;

public static class OnboardingServiceCollectionExtensions
{
    public static IServiceCollection AddOnboarding(this IServiceCollection services)
    {
        services.AddScoped<CityPackageImporter>();
        services.AddScoped<RegistryPackageImporter>();
        return services;
    }
}
