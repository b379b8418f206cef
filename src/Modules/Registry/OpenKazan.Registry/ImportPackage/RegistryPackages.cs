using OpenKazan.Registry.Contracts;
using OpenKazan.Registry.ExportPackage;

namespace OpenKazan.Registry.ImportPackage;

internal sealed class RegistryPackages(RegistryPackageImporter importer, RegistryPackageWriter writer) : IRegistryPackages
{
    public Task<RegistryImportSummary> ImportAsync(CheckedRegistryPackage package, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(package);
        return importer.ImportAsync(package.Package, progress, cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, string>> ExportAsync(CancellationToken cancellationToken) => writer.WriteAsync(cancellationToken);
}
