using OpenKazan.Sla;
using OpenKazan.Sla.Calendars;
using OpenKazan.Sla.Policy;
using OpenKazan.Sla.Contracts;
using static OpenKazan.UnitTests.Sla.SlaFixtures;

namespace OpenKazan.UnitTests.Sla;

/// <summary>
/// Kazan's RU-416 policy, worked out by hand. Both requests are registered on Thursday 5 March 2026 at 16:00 Moscow
/// (13:00 UTC); Kazan works Mon–Thu 09:00–18:00, Fri 09:00–16:45, and Monday 9 March is a holiday.
/// </summary>
public sealed class SlaPlanTests
{
    private static readonly SlaPolicyDocument Policy = SlaTemplates.Document(SlaTemplates.Ru416);
    private static readonly DateTime Registered = Msk(3, 5, 16);

    private static SlaPlan Plan(SlaSubject subject) =>
        SlaPlanning.Plan(Policy, subject, Registered, c => c == SlaClock.Business ? KazanCalendar : ContinuousCalendar.Instance);

    [Fact]
    public void A_normal_request_gets_business_time_targets()
    {
        var plan = Plan(new SlaSubject("heating.low-temperature", "heating", "heating", RequestPriority.Normal));

        Assert.Equal("*", plan.MatchedRule);
        Assert.Null(plan.For(SlaStage.Localise));
        // Accept, 480 min: 120 on Thursday, 360 on Friday from 09:00. Warning at 80 % = 384 min: Friday 13:24.
        Assert.Equal(new StageTarget(SlaStage.Accept, TimeSpan.FromMinutes(480), SlaClock.Business, Msk(3, 6, 15), Msk(3, 6, 13, 24)), plan.For(SlaStage.Accept));
        // Resolve, 3840 min: Thu 120, Fri 465, (Mon holiday) Tue–Thu 3 × 540, Fri 465, Mon 16th and Tue 17th 540 each → 3750;
        // 90 left on Wednesday 18th.
        // Warning, 3072 min: after Fri 13th 2670 counted, 402 min on Monday 16th → 15:42.
        Assert.Equal(new StageTarget(SlaStage.Resolve, TimeSpan.FromMinutes(3840), SlaClock.Business, Msk(3, 18, 10, 30), Msk(3, 16, 15, 42)), plan.For(SlaStage.Resolve));
        Assert.Equal(TimeSpan.FromDays(14), plan.ReopenWindow);
        Assert.Equal(TimeSpan.FromDays(5), plan.AutoCloseAfter);
    }

    [Fact]
    public void An_emergency_gets_round_the_clock_targets_of_decree_416()
    {
        var plan = Plan(new SlaSubject("water.leak", "water", "water", RequestPriority.Emergency));

        Assert.Equal([SlaStage.Accept, SlaStage.Localise, SlaStage.Resolve], plan.Stages.Select(s => s.Stage));
        Assert.Equal(new StageTarget(SlaStage.Accept, TimeSpan.FromMinutes(10), SlaClock.Calendar, Utc(2026, 3, 5, 13, 10), Utc(2026, 3, 5, 13, 8)), plan.For(SlaStage.Accept));
        Assert.Equal(new StageTarget(SlaStage.Localise, TimeSpan.FromMinutes(30), SlaClock.Calendar, Utc(2026, 3, 5, 13, 30), Utc(2026, 3, 5, 13, 24)), plan.For(SlaStage.Localise));
        // 3 days, through the weekend; warning after 57 h 36 min.
        Assert.Equal(new StageTarget(SlaStage.Resolve, TimeSpan.FromMinutes(4320), SlaClock.Calendar, Utc(2026, 3, 8, 13), Utc(2026, 3, 7, 22, 36)), plan.For(SlaStage.Resolve));
    }

    [Fact]
    public void A_sewer_blockage_must_be_cleared_in_two_hours()
    {
        var plan = Plan(new SlaSubject("sewerage.blockage", "sewerage", "sewerage", RequestPriority.Emergency));

        Assert.Equal("sewerage.blockage", plan.MatchedRule);
        Assert.Equal(Utc(2026, 3, 5, 15), plan.For(SlaStage.Resolve)!.DueUtc);
    }

    [Fact]
    public void Escalation_levels_follow_the_breach()
    {
        var plan = Plan(new SlaSubject("water.leak", "water", "water", RequestPriority.Emergency));
        var breach = plan.For(SlaStage.Localise)!.DueUtc;

        Assert.Equal(
            [new EscalationStep(1, EscalationRole.Dispatcher, breach), new EscalationStep(2, EscalationRole.OrganisationHead, breach.AddHours(4)),
                new EscalationStep(3, EscalationRole.Committee, breach.AddDays(1))],
            plan.Escalation.StepsAfter(breach));
    }
}
