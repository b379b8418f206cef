namespace OpenKazan.BuildingBlocks.Packages;

/// <summary>One problem found in a package: which file, which line (1 = the header), and why.</summary>
public sealed record PackageError(string File, int? Line, string Reason)
{
    public override string ToString() => Line is null ? $"{File}: {Reason}" : $"{File}:{Line}: {Reason}";
}

public sealed class PackageValidationException(IReadOnlyList<PackageError> errors)
    : Exception($"The city package is invalid: {string.Join("; ", errors.Take(5))}")
{
    public IReadOnlyList<PackageError> Errors { get; } = errors;
}
