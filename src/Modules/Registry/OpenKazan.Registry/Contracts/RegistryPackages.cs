using OpenKazan.BuildingBlocks.Packages;
using OpenKazan.Registry.ImportPackage;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Registry.Contracts;

/// <summary>What a registry import wrote: the rows of each kind in the package.</summary>
public sealed record RegistryImportSummary(int Districts, int Organisations, int Buildings, int Categories, int Responsibilities);

/// <summary>A category of a package by its code and group, for checking what another part of the package refers to.</summary>
public sealed record PackageCategory(string Code, string Group);

/// <summary>
/// The registry files of a city package (districts, organisations, buildings, categories, responsibilities and
/// boundaries), read and checked before anything is written; only a package without errors is imported.
/// </summary>
public sealed class CheckedRegistryPackage
{
    private CheckedRegistryPackage(RegistryPackage package, IReadOnlyList<PackageError> errors)
    {
        Package = package;
        Errors = errors;
        Categories = package.Categories.Select(c => new PackageCategory(c.Code, c.Group)).ToList();
    }

    public IReadOnlyList<PackageError> Errors { get; }

    public IReadOnlyList<PackageCategory> Categories { get; }

    /// <summary>The boundaries and the buildings as the package gives them, for the dry run's preview.</summary>
    public PackageMap Map => Package.Map;

    internal RegistryPackage Package { get; }

    /// <summary>
    /// Reads the registry files of <paramref name="source"/>. Buildings are checked against the package's
    /// boundaries.geojson, else against the bounds of <paramref name="city"/> (none when the city is unknown).
    /// </summary>
    public static async Task<CheckedRegistryPackage> ReadAsync(ICityPackageSource source, TenantInfo? city, CancellationToken cancellationToken)
    {
        var boundaries = city is null ? PackageBoundaries.None : PackageBoundaries.FromBounds(city.Name("ru"), city.Bounds);
        var (package, errors) = await RegistryPackageReader.ReadAsync(source, boundaries, cancellationToken);
        return new CheckedRegistryPackage(package, errors);
    }
}

/// <summary>The current city's registry as a city package: written from a checked package, or written out as its files.</summary>
public interface IRegistryPackages
{
    /// <summary>Writes a package without errors into the current city, matching rows by code (see the importer).</summary>
    Task<RegistryImportSummary> ImportAsync(CheckedRegistryPackage package, IProgress<int>? progress, CancellationToken cancellationToken);

    /// <summary>The current city's registry as the package's files, by file name.</summary>
    Task<IReadOnlyDictionary<string, string>> ExportAsync(CancellationToken cancellationToken);
}
