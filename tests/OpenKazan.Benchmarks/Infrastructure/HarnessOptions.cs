using System.Globalization;

namespace OpenKazan.Benchmarks.Infrastructure;

/// <summary><c>--name value</c> pairs after the harness name.</summary>
public sealed class HarnessOptions
{
    private readonly Dictionary<string, string> _values;

    private HarnessOptions(Dictionary<string, string> values) => _values = values;

    public static HarnessOptions Parse(IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < arguments.Count; i += 2)
        {
            if (!arguments[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Expected --name value, got '{arguments[i]}'.");
            }

            values[arguments[i][2..]] = arguments[i + 1];
        }

        return new HarnessOptions(values);
    }

    public double Number(string name, double fallback) =>
        _values.TryGetValue(name, out var text) ? double.Parse(text, CultureInfo.InvariantCulture) : fallback;

    public string? Text(string name) => _values.GetValueOrDefault(name);
}
