using OpenKazan.BuildingBlocks.Packages;
using OpenKazan.Onboarding.Contracts;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Host.Seeding;

/// <summary>
/// On first run, imports every city package found in the configured folder (<c>tenants/</c> in Development)
/// that the catalog does not know yet. Cities already present are left as the central team changed them.
/// </summary>
public sealed partial class DemoCitySeeder(
    IConfiguration configuration,
    IHostEnvironment environment,
    ITenantStore store,
    ICityPackageImporter importer,
    ILogger<DemoCitySeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var configured = configuration["Seed:TenantsFolder"];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return;
        }

        var folder = Path.GetFullPath(Path.Combine(environment.ContentRootPath, configured));
        if (!Directory.Exists(folder))
        {
            LogMissingFolder(logger, folder);
            return;
        }

        foreach (var cityFolder in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
        {
            await SeedCityAsync(new FolderPackageSource(cityFolder), cancellationToken);
        }
    }

    private async Task SeedCityAsync(FolderPackageSource source, CancellationToken cancellationToken)
    {
        var json = await source.ReadTextAsync(TenantDefinitionRules.TenantFile, cancellationToken);
        if (json is null || store.FindById(TenantJson.Parse(json).Id) is not null)
        {
            return;
        }

        var result = await importer.ImportAsync(source, dryRun: false, progress: null, cancellationToken);
        if (!result.Succeeded)
        {
            throw new PackageValidationException(result.Errors);
        }

        LogSeeded(logger, result.Tenant!.Slug, result.Imported!.Buildings);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The demo cities folder {Folder} does not exist; nothing seeded.")]
    private static partial void LogMissingFolder(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded city {Slug} with {Buildings} buildings.")]
    private static partial void LogSeeded(ILogger logger, string slug, int buildings);
}
