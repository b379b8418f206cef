using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.Onboarding.Contracts;
using OpenKazan.Onboarding.ExportCityPackage;
using OpenKazan.Onboarding.ImportCityPackage;
using OpenKazan.Onboarding.ImportJobs;
using OpenKazan.Onboarding.Lifecycle;
using OpenKazan.Onboarding.Overview;
using OpenKazan.Onboarding.Rollout;

namespace OpenKazan.Onboarding;

public static class OnboardingServiceCollectionExtensions
{
    public static IServiceCollection AddOnboarding(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OnboardingOptions>().Bind(configuration.GetSection(OnboardingOptions.SectionName));
        services.AddScoped<ICityPackageImporter, CityPackageImporter>();
        services.AddScoped<ICityPackageExporter, CityPackageExporter>();
        services.AddScoped<ICityLifecycle, CityLifecycle>();
        services.AddScoped<ICitiesOverview, CitiesOverview>();
        services.AddScoped<RolloutTracker>();
        services.AddScoped<IRolloutTracker>(sp => sp.GetRequiredService<RolloutTracker>());
        services.AddScoped<ITrainingRecords, TrainingRecords>();
        services.AddSingleton<IPackageFolders, PackageFolders>();
        services.AddSingleton<ICityImportJobs, CityImportJobs>();
        services.AddScoped<INewCityPackages, NewCity.NewCityPackage>();
        return services;
    }
}
