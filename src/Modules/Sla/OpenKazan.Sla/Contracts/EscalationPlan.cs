using OpenKazan.Sla;
using OpenKazan.Sla.Policy;

namespace OpenKazan.Sla.Contracts;

/// <summary>The escalation ladder of a city: each level notifies a role a fixed wall-clock time after a breach.</summary>
public sealed record EscalationPlan(IReadOnlyList<EscalationLevel> Levels)
{
    /// <summary>When each level is due for a deadline breached at <paramref name="breachedAtUtc"/>, in level order.</summary>
    public IReadOnlyList<EscalationStep> StepsAfter(DateTime breachedAtUtc) =>
        [.. Levels.OrderBy(l => l.Level).Select(l => new EscalationStep(l.Level, l.Notify, breachedAtUtc + l.AfterBreach))];
}

public sealed record EscalationStep(int Level, EscalationRole Notify, DateTime DueUtc);
