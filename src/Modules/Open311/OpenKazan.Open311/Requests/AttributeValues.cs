using System.Globalization;
using System.Text.RegularExpressions;
using OpenKazan.Open311.Services;

namespace OpenKazan.Open311.Requests;

/// <summary>
/// Reads <c>attribute[code]</c> (one value) and <c>attribute[code][]</c> (several) against a service's definition:
/// unknown codes, missing required ones and values of the wrong type are refused with the attribute's name.
/// </summary>
public static partial class AttributeValues
{
    public static (Dictionary<string, string[]>? Values, string? Error) Read(Open311Call call, IReadOnlyList<AttributeDto> definition)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(definition);
        var values = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var name in call.ParameterNames)
        {
            if (AttributeName().Match(name) is not { Success: true } match)
            {
                continue;
            }

            var code = match.Groups["code"].Value;
            var attribute = definition.FirstOrDefault(a => a.Code == code);
            if (attribute is null)
            {
                return (null, $"attribute[{code}] is not an attribute of this service.");
            }

            var given = call.Values(name).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToArray();
            if (given.Length > 0 && Check(attribute, given) is { } error)
            {
                return (null, error);
            }

            if (given.Length > 0)
            {
                values[code] = values.TryGetValue(code, out var earlier) ? [.. earlier, .. given] : given;
            }
        }

        var missing = definition.FirstOrDefault(a => a.Required && !values.ContainsKey(a.Code));
        return missing is null ? (values, null) : (null, $"attribute[{missing.Code}] is required for this service: {missing.Description}.");
    }

    private static string? Check(AttributeDto attribute, string[] given)
    {
        var name = $"attribute[{attribute.Code}]";
        if (attribute.Datatype != "multivaluelist" && given.Length > 1)
        {
            return $"{name} takes one value.";
        }

        return attribute.Datatype switch
        {
            "number" when !given.All(v => int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)) =>
                $"{name} is a whole number.",
            "singlevaluelist" or "multivaluelist" when !given.All(v => attribute.Values.Any(k => k.Key == v)) =>
                $"{name} is one of: {string.Join(", ", attribute.Values.Select(v => v.Key))}.",
            "string" when given.Any(v => v.Length > 16) => $"{name} is at most 16 characters.",
            _ => null,
        };
    }

    [GeneratedRegex(@"^attribute\[(?<code>[^\]]*)\](\[\])?$", RegexOptions.CultureInvariant)]
    private static partial Regex AttributeName();
}
