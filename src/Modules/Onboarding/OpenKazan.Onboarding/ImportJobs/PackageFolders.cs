using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenKazan.Onboarding.Contracts;

namespace OpenKazan.Onboarding.ImportJobs;

public sealed class OnboardingOptions
{
    public const string SectionName = "Onboarding";

    /// <summary>
    /// The only server folder whose sub-folders the central area may import as packages (relative to the content
    /// root); empty: none.
    /// </summary>
    public string PackagesRoot { get; set; } = string.Empty;
}

/// <summary>
/// Finds a package folder on the server by its name under the configured packages root: separators, "..", rooted
/// paths and links that lead outside the root are refused, so no other folder can be read.
/// </summary>
internal sealed class PackageFolders(IOptions<OnboardingOptions> options, IHostEnvironment environment) : IPackageFolders
{
    private bool Configured => !string.IsNullOrWhiteSpace(options.Value.PackagesRoot);

    public IReadOnlyList<string> List()
    {
        if (!Configured || !Directory.Exists(Root))
        {
            return [];
        }

        return Directory.GetDirectories(Root)
            .Where(d => File.Exists(Path.Combine(d, "tenant.json")))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public string? Resolve(string? name)
    {
        if (!Configured || string.IsNullOrWhiteSpace(name) || name.IndexOfAny(['/', '\\', ':']) >= 0 || name.StartsWith('.'))
        {
            return null;
        }

        var path = Path.GetFullPath(Path.Combine(Root, name));
        var inside = Path.GetDirectoryName(path) == Root.TrimEnd(Path.DirectorySeparatorChar);
        return inside && Directory.Exists(path) && new DirectoryInfo(path).LinkTarget is null ? path : null;
    }

    private string Root => Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.PackagesRoot));
}
