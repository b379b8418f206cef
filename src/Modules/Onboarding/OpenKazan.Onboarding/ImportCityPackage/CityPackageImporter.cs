using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.BuildingBlocks.Packages;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Onboarding.Contracts;
using OpenKazan.Registry.Contracts;
using OpenKazan.Sla.Contracts;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Onboarding.ImportCityPackage;

/// <summary>
/// Imports a whole city package (see <see cref="ICityPackageImporter"/>): the catalog entry, then the city's registry
/// and SLA policy inside that city's scope.
/// </summary>
internal sealed class CityPackageImporter(ICityCatalog catalog, TenantScopeFactory scopes) : ICityPackageImporter
{
    public const string TenantFile = TenantDefinitionRules.TenantFile;

    public async Task<CityPackageResult> ImportAsync(
        ICityPackageSource source, bool dryRun, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var errors = new List<PackageError>();
        var tenant = await ReadTenantAsync(source, errors, cancellationToken);
        var registry = await CheckedRegistryPackage.ReadAsync(source, tenant, cancellationToken);
        errors.AddRange(registry.Errors);
        var (slaPolicy, slaErrors) = await SlaPackageReader.ReadAsync(source, registry.Categories, cancellationToken);
        errors.AddRange(slaErrors);
        if (tenant is null || slaPolicy is null || errors.Count > 0 || dryRun)
        {
            return new CityPackageResult(tenant, errors, null) { Map = registry.Map };
        }

        var logo = tenant.Branding.Logo is { } logoFile && await source.ReadBytesAsync(logoFile, cancellationToken) is { } bytes
            ? new TenantLogo(bytes, logoFile.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) ? "image/svg+xml" : "image/png")
            : null;
        await catalog.UpsertAsync(tenant, logo, cancellationToken);
        progress?.Report(5);
        await using var scope = scopes.Create(tenant);
        if (tenant.Isolation.Mode == IsolationMode.OwnDatabase)
        {
            // On its first import a city's own database is empty, and the migrate command only knows cities
            // already in the catalog; migrating is a no-op when the database is current.
            await scope.Services.GetRequiredService<TenantScopedDbContext>().Database.MigrateAsync(cancellationToken);
        }

        var summary = await scope.Services.GetRequiredService<IRegistryPackages>().ImportAsync(registry, progress, cancellationToken);
        await scope.Services.GetRequiredService<ISlaPolicyPackage>().SaveAsync(slaPolicy, cancellationToken);
        return new CityPackageResult(tenant, errors, summary);
    }

    private static async Task<TenantInfo?> ReadTenantAsync(ICityPackageSource source, List<PackageError> errors, CancellationToken ct)
    {
        var json = await source.ReadTextAsync(TenantFile, ct);
        if (json is null)
        {
            errors.Add(new PackageError(TenantFile, null, PackageErrorCodes.FileMissing));
            return null;
        }

        try
        {
            var tenant = TenantJson.Parse(json);
            errors.AddRange(TenantDefinitionRules.Check(tenant));
            return errors.Count == 0 ? tenant : null;
        }
        catch (JsonException ex)
        {
            errors.Add(new PackageError(TenantFile, (int?)ex.LineNumber + 1, PackageErrorCodes.NotValidJson, ex.Message));
            return null;
        }
    }
}
