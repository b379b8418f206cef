using System.Globalization;
using OpenKazan.BuildingBlocks.Packages;
using OpenKazan.Sla.Contracts;

namespace OpenKazan.Sla.Policy;

/// <summary>Turns the written shape into a <see cref="SlaPolicyDocument"/>, collecting every problem on the way.</summary>
internal sealed class SlaPolicyChecker(string file, SlaCategoryIndex? categories, List<PackageError> errors)
{
    /// <summary>90 days of minutes: far beyond any regulation, and inside the business calendar's two-year horizon.</summary>
    public const int MaxMinutes = 90 * 24 * 60;

    public SlaPolicyDocument Check(SlaPolicyFile policy)
    {
        var warning = Required(policy.WarningAtPercent, "warningAtPercent", 1, 99);
        var reopen = Required(policy.ReopenWindowDays, "reopenWindowDays", 0, 365);
        var autoClose = Required(policy.AutoCloseAfterDays, "autoCloseAfterDays", 0, 365);
        var escalation = CheckEscalation(policy.Escalation ?? []);
        var rules = new List<SlaRule>();
        if (policy.Rules is not { Count: > 0 })
        {
            Error(PackageErrorCodes.SlaRulesRequired);
        }
        else
        {
            for (var i = 0; i < policy.Rules.Count; i++)
            {
                if (CheckRule(policy.Rules[i], $"rules[{i}]") is { } rule)
                {
                    rules.Add(rule);
                }
            }

            CheckCoverage(rules);
        }

        return new SlaPolicyDocument(policy.Template, warning, reopen, autoClose, escalation, rules);
    }

    private List<EscalationLevel> CheckEscalation(List<SlaPolicyFile.EscalationEntry> entries)
    {
        var levels = new List<EscalationLevel>();
        for (var i = 0; i < entries.Count; i++)
        {
            var at = $"escalation[{i}]";
            var level = Required(entries[i].Level, $"{at}.level", 1, 9);
            var after = Required(entries[i].AfterBreachMinutes, $"{at}.afterBreachMinutes", 0, MaxMinutes);
            if (Named<EscalationRole>(entries[i].Notify, $"{at}.notify", ignoreCase: false) is { } role)
            {
                levels.Add(new EscalationLevel(level, role, TimeSpan.FromMinutes(after)));
            }
        }

        foreach (var duplicate in levels.GroupBy(l => l.Level).Where(g => g.Count() > 1))
        {
            Error(PackageErrorCodes.SlaDuplicateLevel, Text(duplicate.Key));
        }

        var ordered = levels.OrderBy(l => l.Level).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i].AfterBreach < ordered[i - 1].AfterBreach)
            {
                Error(PackageErrorCodes.SlaLevelOrder, Text(ordered[i].Level), Text(ordered[i - 1].Level));
            }
        }

        return ordered;
    }

    private SlaRule? CheckRule(SlaPolicyFile.RuleEntry entry, string at)
    {
        var category = CheckCategory(entry.Category, at);
        var priority = Named<RequestPriority>(entry.Priority, $"{at}.priority", ignoreCase: false);
        if (entry.Stages is not { Count: > 0 })
        {
            Error(PackageErrorCodes.SlaStagesRequired, at);
            return null;
        }

        var stages = new List<StageRule>();
        foreach (var (name, stage) in entry.Stages)
        {
            if (CheckStage(name, stage, $"{at}.stages.{name}") is { } checkedStage)
            {
                stages.Add(checkedStage);
            }
        }

        if (category is null || priority is null)
        {
            return null;
        }

        var rule = new SlaRule(category, priority.Value, [.. stages.OrderBy(s => s.Stage)]);
        CheckStageSet(rule, at, entry.Stages.Count == stages.Count);
        return rule;
    }

    private string? CheckCategory(string? category, string at)
    {
        if (string.IsNullOrWhiteSpace(category))
        {
            Error(PackageErrorCodes.SlaCategoryRequired, at);
            return null;
        }

        if (category.StartsWith(SlaRule.GroupPrefix, StringComparison.Ordinal))
        {
            var group = category[SlaRule.GroupPrefix.Length..];
            if (group.Length == 0 || (categories is not null && !categories.Groups.Contains(group)))
            {
                Error(PackageErrorCodes.SlaUnknownGroup, at, group);
                return null;
            }
        }
        else if (category != SlaRule.Everything && categories is not null && !categories.Codes.Contains(category))
        {
            Error(PackageErrorCodes.SlaUnknownCategory, at, category);
            return null;
        }

        return category;
    }

    private StageRule? CheckStage(string name, SlaPolicyFile.StageEntry? entry, string at)
    {
        var stage = Named<SlaStage>(name, at, ignoreCase: true, PackageErrorCodes.SlaUnknownStage);
        if (entry is null)
        {
            Error(PackageErrorCodes.SlaStageEmpty, at);
            return null;
        }

        var clock = Named<SlaClock>(entry.Clock, $"{at}.clock", ignoreCase: false);
        if (entry.Minutes is < 0)
        {
            Error(PackageErrorCodes.SlaNegativeMinutes, at, Text(entry.Minutes.Value));
            return null;
        }

        var minutes = Required(entry.Minutes, $"{at}.minutes", 1, MaxMinutes);
        return stage is null || clock is null || minutes == 0 ? null : new StageRule(stage.Value, TimeSpan.FromMinutes(minutes), clock.Value);
    }

    /// <summary>Accept and resolve are always measured; localising is a duty of emergencies only (Decree 416).</summary>
    private void CheckStageSet(SlaRule rule, string at, bool allStagesValid)
    {
        var target = rule.Stages.ToDictionary(s => s.Stage);
        if (allStagesValid)
        {
            foreach (var required in new[] { SlaStage.Accept, SlaStage.Resolve }.Where(s => !target.ContainsKey(s)))
            {
                Error(PackageErrorCodes.SlaStageMissing, at, required.ToString().ToLowerInvariant());
            }
        }

        if (rule.Priority == RequestPriority.Normal && target.ContainsKey(SlaStage.Localise))
        {
            Error(PackageErrorCodes.SlaLocaliseOnlyEmergency, at);
        }

        if (target.TryGetValue(SlaStage.Resolve, out var resolve))
        {
            foreach (var earlier in target.Values.Where(s => s.Stage != SlaStage.Resolve && s.Clock == resolve.Clock && s.Target > resolve.Target))
            {
                Error(PackageErrorCodes.SlaLongerThanResolve, at, earlier.Stage.ToString().ToLowerInvariant());
            }
        }
    }

    /// <summary>Every request must get deadlines: a <c>*</c> rule per priority, and one rule per key and priority.</summary>
    private void CheckCoverage(List<SlaRule> rules)
    {
        foreach (var duplicate in rules.GroupBy(r => (r.Category, r.Priority)).Where(g => g.Count() > 1))
        {
            Error(PackageErrorCodes.SlaDuplicateRule, duplicate.Key.Category, duplicate.Key.Priority.ToString());
        }

        foreach (var priority in Enum.GetValues<RequestPriority>()
                     .Where(p => !rules.Any(r => r.Priority == p && r.Category == SlaRule.Everything)))
        {
            Error(PackageErrorCodes.SlaCatchAllRequired, priority.ToString());
        }
    }

    private int Required(int? value, string at, int min, int max)
    {
        if (value is null)
        {
            Error(PackageErrorCodes.SlaRequired, at);
            return 0;
        }

        if (value < min || value > max)
        {
            Error(PackageErrorCodes.SlaOutOfRange, at, Text(value.Value), Text(min), Text(max));
            return 0;
        }

        return value.Value;
    }

    private T? Named<T>(string? text, string at, bool ignoreCase, string unknownCode = PackageErrorCodes.SlaUnknownValue)
        where T : struct, Enum
    {
        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (Enum.GetNames<T>().FirstOrDefault(n => string.Equals(n, text, comparison)) is { } name)
        {
            return Enum.Parse<T>(name);
        }

        var expected = string.Join(", ", Enum.GetNames<T>().Select(n => ignoreCase ? n.ToLowerInvariant() : n));
        Error(unknownCode, at, text ?? string.Empty, expected);
        return null;
    }

    private void Error(string code, params string[] arguments) => errors.Add(new PackageError(file, null, code, arguments));

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
