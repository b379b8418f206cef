using System.Globalization;

namespace OpenKazan.BuildingBlocks.Packages;

/// <summary>
/// One problem found in a package: which file, which line (1 = the header), a code with its arguments, and how many
/// rows of other files could not be read because of it. A page renders the code through its resources in the
/// operator's language; <see cref="Reason"/> is the invariant English text for the command line, the API and logs.
/// </summary>
public sealed record PackageError
{
    public PackageError(string file, int? line, string code, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        File = file;
        Line = line;
        Code = code;
        Arguments = arguments;
    }

    public string File { get; }

    public int? Line { get; }

    /// <summary>One of <see cref="PackageErrorCodes"/>.</summary>
    public string Code { get; }

    public IReadOnlyList<string> Arguments { get; }

    /// <summary>Rows that refer to what this error refused, by kind (<see cref="PackageRowKinds"/>): reported here, not each on its own.</summary>
    public IReadOnlyDictionary<string, int> UsedBy { get; init; } = new Dictionary<string, int>();

    public string Reason
    {
        get
        {
            var text = PackageErrorCodes.InvariantText(Code, Arguments);
            return UsedBy.Count == 0
                ? text
                : $"{text}; used by {string.Join(", ", UsedBy.Select(u => PackageRowKinds.InvariantCount(u.Key, u.Value)))}";
        }
    }

    public override string ToString() =>
        Line is null ? $"{File}: {Reason}" : string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}: {Reason}");
}

public sealed class PackageValidationException(IReadOnlyList<PackageError> errors)
    : Exception($"The city package is invalid: {string.Join("; ", errors.Take(5))}")
{
    public IReadOnlyList<PackageError> Errors { get; } = errors;
}
