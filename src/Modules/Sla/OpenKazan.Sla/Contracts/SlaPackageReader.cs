using OpenKazan.BuildingBlocks.Packages;
using OpenKazan.Registry.Contracts;
using OpenKazan.Sla.Policy;

namespace OpenKazan.Sla.Contracts;

/// <summary>
/// Reads and checks the <c>sla.json</c> of a package against the categories of the same package, before anything
/// is written. The file is required: a new city copies a template (<see cref="SlaTemplates"/>) and adapts it.
/// </summary>
public static class SlaPackageReader
{
    public const string FileName = SlaPolicyJson.FileName;

    public static async Task<(CheckedSlaPolicy? Policy, IReadOnlyList<PackageError> Errors)> ReadAsync(
        ICityPackageSource source, IEnumerable<PackageCategory> categories, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(categories);
        var json = await source.ReadTextAsync(FileName, cancellationToken);
        if (json is null)
        {
            return (null, [new PackageError(FileName, null, PackageErrorCodes.SlaFileMissing, SlaTemplates.Ru416)]);
        }

        var (document, errors) = SlaPolicyJson.Parse(json, FileName, SlaCategoryIndex.From(categories.Select(c => (c.Code, c.Group))));
        return (document is null ? null : new CheckedSlaPolicy(document), errors);
    }
}

/// <summary>A package's <c>sla.json</c> that passed every check, to store once the whole package has.</summary>
public sealed class CheckedSlaPolicy
{
    internal CheckedSlaPolicy(SlaPolicyDocument document) => Document = document;

    /// <summary>The template the policy started from (e.g. RU-416), or null.</summary>
    public string? Template => Document.Template;

    internal SlaPolicyDocument Document { get; }
}

/// <summary>The current city's SLA policy as the <c>sla.json</c> of a city package.</summary>
public interface ISlaPolicyPackage
{
    /// <summary>Stores a checked policy as the current city's; storing the same policy again changes nothing.</summary>
    Task SaveAsync(CheckedSlaPolicy policy, CancellationToken cancellationToken);

    /// <summary>The current city's policy (the RU-416 template while it has none) as <c>sla.json</c> text.</summary>
    Task<string> CurrentJsonAsync(CancellationToken cancellationToken);
}
