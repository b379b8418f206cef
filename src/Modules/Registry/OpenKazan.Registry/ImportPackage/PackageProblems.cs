using OpenKazan.BuildingBlocks.Packages;

namespace OpenKazan.Registry.ImportPackage;

/// <summary>
/// The errors of a package with their roots: a row refused for a problem of its own (a bad INN) or a reference to
/// something that is not there (district 'atlantis') is reported once; every row that cannot be read because of it,
/// directly or through another refused row, only adds to that error's "used by" count.
/// </summary>
internal sealed class PackageProblems(List<PackageError> errors)
{
    private readonly Dictionary<(string Kind, string Code), int> _roots = [];
    private readonly Dictionary<int, Dictionary<string, int>> _usedBy = [];

    public void Add(PackageError error) => errors.Add(error);

    /// <summary>A row refused for a problem of its own; rows that refer to its code are counted under this error.</summary>
    public void Refuse(string kind, string? code, PackageError error)
    {
        errors.Add(error);
        if (!string.IsNullOrWhiteSpace(code))
        {
            _roots.TryAdd((kind, code), errors.Count - 1);
        }
    }

    /// <summary>Whether a row refers to something refused or missing that is already reported.</summary>
    public bool IsReported(string kind, string code) => _roots.ContainsKey((kind, code));

    /// <summary>
    /// A row (<paramref name="kind"/>, <paramref name="code"/>) refers to (<paramref name="target"/>, <paramref name="targetCode"/>),
    /// which is refused or missing: the first such row reports <paramref name="error"/>, and every one is counted under the root.
    /// </summary>
    public void Unresolved(string kind, string? code, string target, string targetCode, Func<PackageError> error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (!_roots.TryGetValue((target, targetCode), out var root))
        {
            errors.Add(error());
            root = errors.Count - 1;
            _roots[(target, targetCode)] = root;
        }

        var counts = _usedBy.TryGetValue(root, out var found) ? found : _usedBy[root] = new Dictionary<string, int>(StringComparer.Ordinal);
        counts[kind] = counts.GetValueOrDefault(kind) + 1;
        if (!string.IsNullOrWhiteSpace(code))
        {
            _roots.TryAdd((kind, code), root);
        }
    }

    /// <summary>The errors with their counts, the kinds in the package's order.</summary>
    public IReadOnlyList<PackageError> Finish() => errors.Select((error, index) => _usedBy.TryGetValue(index, out var counts)
        ? error with { UsedBy = PackageRowKinds.All.Where(counts.ContainsKey).ToDictionary(k => k, k => counts[k]) }
        : error).ToList();
}
