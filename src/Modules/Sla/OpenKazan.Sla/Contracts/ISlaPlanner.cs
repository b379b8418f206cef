using OpenKazan.Sla;
using OpenKazan.Sla.Calendars;

namespace OpenKazan.Sla.Contracts;

/// <summary>
/// The SLA of the current city (its policy, calendar and time zone). Scoped: resolve it inside the city's request
/// or a <c>TenantScopeFactory</c> scope.
/// </summary>
public interface ISlaPlanner
{
    /// <summary>The stage deadlines of a request registered at <paramref name="registeredAtUtc"/>.</summary>
    Task<SlaPlan> PlanAsync(SlaSubject subject, DateTime registeredAtUtc, CancellationToken cancellationToken);

    /// <summary>
    /// The stage's deadline once the clock has been stopped by <paramref name="pauses"/> (e.g. OnHold): the counted time
    /// inside the pauses is added. An open pause (<c>To</c> null) runs until <paramref name="nowUtc"/>; pauses after the
    /// deadline do not move it.
    /// </summary>
    DateTime DueAfterPauses(StageTarget target, DateTime startUtc, IReadOnlyList<(DateTime From, DateTime? To)> pauses, DateTime nowUtc);

    /// <summary>The current city's clock of the given kind, for other arithmetic (elapsed working time, reports).</summary>
    IWorkingTimeCalendar CalendarFor(SlaClock clock);
}
