using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Tenancy;
using OpenKazan.Registry.Contracts;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Requests.Overview;

/// <summary>
/// Counts for the committee's overview page, in the city's own day (its time zone). Every figure is an aggregate the
/// database computes (open and overdue from the work queue's place, compliance from the stage deadlines due in the
/// window), grouped by organisation: the page reads a row per organisation, whatever the city's volume.
/// A stage is met when completed by its due time; one due and still open counts as missed.
/// </summary>
internal sealed class CityOverview(TenantScopedDbContext db, ICurrentTenant tenant, TimeProvider time) : ICityOverview
{
    /// <summary>The organisations shown, most overdue first.</summary>
    public const int Shown = 20;

    public async Task<CityOverviewDto> ReadAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var zone = tenant.Tenant?.TimeZone ?? TimeZoneInfo.Utc;
        var todayStarts = TimeZoneInfo.ConvertTimeToUtc(TimeZoneInfo.ConvertTimeFromUtc(now, zone).Date, zone);
        var windowStarts = OverviewWindow.StartsAt(now);
        var requests = db.Set<ServiceRequest>().AsNoTracking();
        var submittedToday = await requests.CountAsync(r => r.RegisteredAt >= todayStarts, ct);
        var resolved = await requests.CountAsync(r => r.ResolvedAt != null && r.ResolvedAt >= windowStarts, ct);
        var open = await requests.Where(r => r.InQueue).GroupBy(r => r.OrganisationId)
            .Select(g => new { OrganisationId = g.Key, Open = g.Count(), Overdue = g.Count(r => r.QueueDueAt <= now) })
            .ToListAsync(ct);
        var stages = await (from d in db.Set<RequestDeadline>().AsNoTracking()
                            join r in requests on d.RequestId equals r.Id
                            where d.DueAt >= windowStarts && d.DueAt <= now
                            group d by r.OrganisationId into g
                            select new { OrganisationId = g.Key, Due = g.Count(), Met = g.Count(d => d.CompletedAt != null && d.CompletedAt <= d.DueAt) })
            .ToListAsync(ct);
        var ids = open.Select(o => o.OrganisationId).Concat(stages.Select(s => s.OrganisationId)).Distinct().ToList();
        var known = ids.OfType<Guid>().ToList();
        var names = await db.OrganisationLabels().Where(o => known.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var culture = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var loads = ids.Select(id =>
            {
                var o = open.SingleOrDefault(x => x.OrganisationId == id);
                var s = stages.SingleOrDefault(x => x.OrganisationId == id);
                return new OrganisationLoad(
                    id is { } org && names.TryGetValue(org, out var name) ? name.In(culture) : "—",
                    o?.Open ?? 0, o?.Overdue ?? 0, s?.Due ?? 0, s?.Met ?? 0);
            })
            .OrderByDescending(l => l.Overdue).ThenByDescending(l => l.Open).ThenBy(l => l.Organisation, StringComparer.Ordinal)
            .Take(Shown).ToList();
        return new CityOverviewDto(
            submittedToday, open.Sum(o => o.Open), open.Sum(o => o.Overdue), resolved, stages.Sum(s => s.Due), stages.Sum(s => s.Met), loads);
    }
}
