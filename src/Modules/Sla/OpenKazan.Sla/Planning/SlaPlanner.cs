using OpenKazan.BuildingBlocks.Tenancy;
using OpenKazan.Sla.Calendars;
using OpenKazan.Sla.Policy;
using OpenKazan.Sla.Contracts;

namespace OpenKazan.Sla;

internal sealed class SlaPlanner(SlaPolicyStore policies, ICurrentTenant currentTenant) : ISlaPlanner
{
    private BusinessCalendar? business;

    public async Task<SlaPlan> PlanAsync(SlaSubject subject, DateTime registeredAtUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var policy = await policies.CurrentAsync(cancellationToken);
        return SlaPlanning.Plan(policy, subject, registeredAtUtc, CalendarFor);
    }

    public DateTime DueAfterPauses(StageTarget target, DateTime startUtc, IReadOnlyList<(DateTime From, DateTime? To)> pauses, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(target);
        return SlaPauses.DueAfterPauses(CalendarFor(target.Clock), target.Target, startUtc, pauses, nowUtc);
    }

    public IWorkingTimeCalendar CalendarFor(SlaClock clock) => clock switch
    {
        SlaClock.Business => business ??= BusinessCalendar.For(
            currentTenant.Tenant ?? throw new InvalidOperationException("The SLA needs a current city.")),
        _ => ContinuousCalendar.Instance,
    };
}
