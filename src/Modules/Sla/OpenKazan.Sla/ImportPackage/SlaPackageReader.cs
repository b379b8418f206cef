using OpenKazan.BuildingBlocks.Packages;
using OpenKazan.Registry.ImportPackage;
using OpenKazan.Sla.Policy;

namespace OpenKazan.Sla.ImportPackage;

/// <summary>
/// Reads and checks the <c>sla.json</c> of a package against the categories of the same package, before anything
/// is written. The file is required: a new city copies a template (<see cref="SlaTemplates"/>) and adapts it.
/// </summary>
public static class SlaPackageReader
{
    public static async Task<(SlaPolicyDocument? Policy, IReadOnlyList<PackageError> Errors)> ReadAsync(
        ICityPackageSource source, IReadOnlyList<CategoryRow> categories, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(categories);
        var json = await source.ReadTextAsync(SlaPolicyJson.FileName, cancellationToken);
        if (json is null)
        {
            return (null, [new PackageError(SlaPolicyJson.FileName, null, PackageErrorCodes.SlaFileMissing, SlaTemplates.Ru416)]);
        }

        return SlaPolicyJson.Parse(json, SlaPolicyJson.FileName, SlaCategoryIndex.From(categories.Select(c => (c.Code, c.Group))));
    }
}
