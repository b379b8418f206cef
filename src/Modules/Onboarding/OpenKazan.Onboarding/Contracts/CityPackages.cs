using OpenKazan.BuildingBlocks.Packages;
using OpenKazan.Registry.Contracts;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Onboarding.Contracts;

/// <summary>
/// Imports a whole city package: everything is read and checked first; only a package without errors is written.
/// A dry run stops after the checks. The central pages, the operator commands and the demo seeding all import through it.
/// </summary>
public interface ICityPackageImporter
{
    Task<CityPackageResult> ImportAsync(ICityPackageSource source, bool dryRun, IProgress<int>? progress, CancellationToken cancellationToken);
}

/// <summary>Writes a city as a package that imports back to the same city.</summary>
public interface ICityPackageExporter
{
    /// <summary>The package's files by name.</summary>
    Task<IReadOnlyDictionary<string, byte[]>> ExportAsync(string slug, CancellationToken cancellationToken);

    Task ExportToFolderAsync(string slug, string folder, CancellationToken cancellationToken);
}

/// <summary>What an import or a dry run found: the city, every error by file and line, and what was written.</summary>
public sealed record CityPackageResult(TenantInfo? Tenant, IReadOnlyList<PackageError> Errors, RegistryImportSummary? Imported)
{
    /// <summary>The boundaries and the buildings as the package gives them, for the dry run's preview.</summary>
    public PackageMap? Map { get; init; }

    public bool Succeeded => Errors.Count == 0;
}
