using OpenKazan.Sla.Policy;

namespace OpenKazan.Sla.Contracts;

/// <summary>
/// Policies shipped with the product, for a new city to copy. RU-416 follows Government Decree No. 416 (item 13):
/// emergencies accepted in 10 minutes, localised in 30, repaired in 3 days; sewer and rubbish-chute blockages in 2 hours.
/// </summary>
public static class SlaTemplates
{
    public const string Ru416 = "RU-416";

    public static IReadOnlyList<string> Names { get; } = [Ru416];

    /// <summary>The template's <c>sla.json</c> text, or null for an unknown name.</summary>
    public static string? Json(string name)
    {
        if (!Names.Contains(name, StringComparer.Ordinal))
        {
            return null;
        }

        using var stream = typeof(SlaTemplates).Assembly.GetManifestResourceStream($"OpenKazan.Sla.Templates.{name}.json")
            ?? throw new InvalidOperationException($"The SLA template {name} is not embedded in this build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The parsed template; its category rules name the demo cities' codes, so it is not checked against a registry.</summary>
    public static SlaPolicyDocument Document(string name)
    {
        var json = Json(name) ?? throw new ArgumentException($"No SLA template named '{name}'.", nameof(name));
        var (document, errors) = SlaPolicyJson.Parse(json, $"{name}.json", categories: null);
        return document ?? throw new InvalidOperationException($"The SLA template {name} is invalid: {string.Join("; ", errors)}");
    }
}
