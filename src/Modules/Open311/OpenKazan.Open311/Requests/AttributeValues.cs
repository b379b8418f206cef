using System.Globalization;
using System.Text.RegularExpressions;
using OpenKazan.Open311.Services;

namespace OpenKazan.Open311.Requests;

/// <summary>
/// Reads <c>attribute[code]</c> (one value) and <c>attribute[code][]</c> (several) against a service's definition:
/// missing required ones and values of the wrong type are refused with the attribute's name. An attribute the service
/// does not define is ignored and listed in <c>Ignored</c>, so the client is told without losing the request (clients
/// such as FixMyStreet send their own extra fields).
/// </summary>
internal static partial class AttributeValues
{
    public static (Dictionary<string, string[]>? Values, string? Error, IReadOnlyList<string> Ignored) Read(
        Open311Call call, IReadOnlyList<AttributeDto> definition)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(definition);
        var values = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var ignored = new List<string>();
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
                ignored.Add(code);
                continue;
            }

            var given = call.Values(name).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToArray();
            if (given.Length > 0 && Check(attribute, given) is { } error)
            {
                return (null, error, ignored);
            }

            if (given.Length > 0)
            {
                values[code] = values.TryGetValue(code, out var earlier) ? [.. earlier, .. given] : given;
            }
        }

        var missing = definition.FirstOrDefault(a => a.Required && !values.ContainsKey(a.Code));
        return missing is null
            ? (values, null, ignored)
            : (null, $"attribute[{missing.Code}] is required for this service: {missing.Description}.", ignored);
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
            "number" when !given.All(IsNumber) => $"{name} is a number (such as 5 or 5.5).",
            "singlevaluelist" or "multivaluelist" when !given.All(v => attribute.Values.Any(k => k.Key == v)) =>
                $"{name} is one of: {string.Join(", ", attribute.Values.Select(v => v.Key))}.",
            "string" when given.Any(v => v.Length > attribute.MaxLength) => $"{name} is at most {attribute.MaxLength} characters.",
            _ => null,
        };
    }

    /// <summary>A number as clients write it: a sign, digits and a decimal point or comma.</summary>
    private static bool IsNumber(string value) =>
        decimal.TryParse(value.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);

    [GeneratedRegex(@"^attribute\[(?<code>[^\]]*)\](\[\])?$", RegexOptions.CultureInvariant)]
    private static partial Regex AttributeName();
}
