using System.Text.Json;
using System.Text.Json.Serialization;
using OpenKazan.BuildingBlocks.Packages;

namespace OpenKazan.Sla.Policy;

/// <summary>Reads and writes the <c>sla.json</c> format; reading checks everything and reports each problem.</summary>
internal static class SlaPolicyJson
{
    public const string FileName = "sla.json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        // A misspelt field would otherwise be dropped silently and its default used.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>
    /// Parses and checks a policy. <paramref name="categories"/> are the city's categories for checking the codes and
    /// groups rules name; null skips that check (a template is not bound to one city's registry).
    /// </summary>
    public static (SlaPolicyDocument? Document, IReadOnlyList<PackageError> Errors) Parse(
        string json, string file, SlaCategoryIndex? categories)
    {
        ArgumentNullException.ThrowIfNull(json);
        SlaPolicyFile? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<SlaPolicyFile>(json, Options);
        }
        catch (JsonException ex)
        {
            return (null, [new PackageError(file, (int?)ex.LineNumber + 1, PackageErrorCodes.NotValidJson, ex.Message)]);
        }

        if (parsed is null)
        {
            return (null, [new PackageError(file, null, PackageErrorCodes.FileEmpty)]);
        }

        var errors = new List<PackageError>();
        var document = new SlaPolicyChecker(file, categories, errors).Check(parsed);
        return errors.Count == 0 ? (document, errors) : (null, errors);
    }

    public static string Write(SlaPolicyDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var file = new SlaPolicyFile
        {
            Template = document.Template,
            WarningAtPercent = document.WarningAtPercent,
            ReopenWindowDays = document.ReopenWindowDays,
            AutoCloseAfterDays = document.AutoCloseAfterDays,
            Escalation = [.. document.Escalation.Select(l => new SlaPolicyFile.EscalationEntry
            {
                Level = l.Level, Notify = l.Notify.ToString(), AfterBreachMinutes = (int)l.AfterBreach.TotalMinutes,
            })],
            Rules = [.. document.Rules.Select(r => new SlaPolicyFile.RuleEntry
            {
                Category = r.Category,
                Priority = r.Priority.ToString(),
                Stages = r.Stages.ToDictionary(
                    s => JsonNamingPolicy.CamelCase.ConvertName(s.Stage.ToString()),
                    s => (SlaPolicyFile.StageEntry?)new SlaPolicyFile.StageEntry { Minutes = (int)s.Target.TotalMinutes, Clock = s.Clock.ToString() }),
            })],
        };
        return JsonSerializer.Serialize(file, Options);
    }
}

/// <summary>The category codes and groups of a city, for checking what the rules of a policy refer to.</summary>
internal sealed record SlaCategoryIndex(IReadOnlySet<string> Codes, IReadOnlySet<string> Groups)
{
    public static SlaCategoryIndex From(IEnumerable<(string Code, string Group)> categories)
    {
        var list = categories.ToList();
        return new SlaCategoryIndex(
            list.Select(c => c.Code).ToHashSet(StringComparer.Ordinal),
            list.Select(c => c.Group).ToHashSet(StringComparer.Ordinal));
    }
}
