using OpenKazan.Sla;
namespace OpenKazan.Sla.Contracts;

/// <summary>The deadlines of one request, computed at registration.</summary>
/// <param name="MatchedRule">The rule's category key that applied: a code, <c>group:x</c> or <c>*</c>.</param>
public sealed record SlaPlan(
    SlaSubject Subject,
    DateTime RegisteredAtUtc,
    string MatchedRule,
    IReadOnlyList<StageTarget> Stages,
    EscalationPlan Escalation,
    int WarningAtPercent,
    TimeSpan ReopenWindow,
    TimeSpan AutoCloseAfter)
{
    /// <summary>The target of a stage, or null when the rule has none (Localise on a normal request).</summary>
    public StageTarget? For(SlaStage stage) => Stages.FirstOrDefault(s => s.Stage == stage);
}

/// <summary>One stage's target: <paramref name="Target"/> of <paramref name="Clock"/> time from registration.</summary>
public sealed record StageTarget(SlaStage Stage, TimeSpan Target, SlaClock Clock, DateTime DueUtc, DateTime WarnAtUtc);
