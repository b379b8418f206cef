using OpenKazan.Sla;
using OpenKazan.Sla.Calendars;
using OpenKazan.Sla.Policy;

namespace OpenKazan.Sla.Contracts;

/// <summary>The arithmetic behind <see cref="ISlaPlanner.PlanAsync"/>.</summary>
public static class SlaPlanning
{
    /// <summary>How long after its clock starts a stage warns: the policy's share of the stage's target.</summary>
    public static TimeSpan WarningAfter(TimeSpan target, int warningAtPercent) => TimeSpan.FromTicks(target.Ticks * warningAtPercent / 100);

    /// <summary>The plan for a policy and a city's clocks; pure (no database, no current city), so it is testable alone.</summary>
    public static SlaPlan Plan(SlaPolicyDocument policy, SlaSubject subject, DateTime registeredAtUtc, Func<SlaClock, IWorkingTimeCalendar> clocks)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(clocks);
        var registered = UtcTime.Require(registeredAtUtc, nameof(registeredAtUtc));
        var rule = policy.Match(subject);
        var stages = rule.Stages.Select(s =>
        {
            var calendar = clocks(s.Clock);
            var warnAfter = WarningAfter(s.Target, policy.WarningAtPercent);
            return new StageTarget(s.Stage, s.Target, s.Clock, calendar.AddWorkingTime(registered, s.Target), calendar.AddWorkingTime(registered, warnAfter));
        });
        return new SlaPlan(
            subject, registered, rule.Category, [.. stages], new EscalationPlan(policy.Escalation), policy.WarningAtPercent,
            TimeSpan.FromDays(policy.ReopenWindowDays), TimeSpan.FromDays(policy.AutoCloseAfterDays));
    }
}
