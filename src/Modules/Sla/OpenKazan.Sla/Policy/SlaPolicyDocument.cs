using System.ComponentModel;
using OpenKazan.Sla.Contracts;

namespace OpenKazan.Sla.Policy;

/// <summary>
/// A parsed and checked <c>sla.json</c> (see docs/tenant-package.md). Marked immutable so that the local cache hands
/// out the one parsed instance instead of deserialising a copy for every request.
/// </summary>
[ImmutableObject(true)]
public sealed record SlaPolicyDocument(
    string? Template,
    int WarningAtPercent,
    int ReopenWindowDays,
    int AutoCloseAfterDays,
    IReadOnlyList<EscalationLevel> Escalation,
    IReadOnlyList<SlaRule> Rules)
{
    /// <summary>
    /// The most specific rule for the subject's priority: its category, then the parent category, then
    /// <c>group:&lt;group&gt;</c>, then <c>*</c>. A checked document always has a <c>*</c> rule for each priority.
    /// </summary>
    public SlaRule Match(SlaSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        string?[] keys = [subject.CategoryCode, subject.ParentCategoryCode, SlaRule.GroupPrefix + subject.Group, SlaRule.Everything];
        foreach (var key in keys)
        {
            if (key is not null
                && Rules.FirstOrDefault(r => r.Priority == subject.Priority && string.Equals(r.Category, key, StringComparison.Ordinal)) is { } rule)
            {
                return rule;
            }
        }

        throw new InvalidOperationException($"The SLA policy has no rule for {subject.Priority} requests.");
    }
}

/// <summary>Targets for one category (or <c>group:x</c>, or <c>*</c>) and priority.</summary>
public sealed record SlaRule(string Category, RequestPriority Priority, IReadOnlyList<StageRule> Stages)
{
    public const string Everything = "*";
    public const string GroupPrefix = "group:";
}

public sealed record StageRule(SlaStage Stage, TimeSpan Target, SlaClock Clock);

/// <summary>Who is notified how long after a stage's deadline has passed (wall-clock time).</summary>
public sealed record EscalationLevel(int Level, EscalationRole Notify, TimeSpan AfterBreach);
