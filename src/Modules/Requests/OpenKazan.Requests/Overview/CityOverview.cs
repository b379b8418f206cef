using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Tenancy;
using OpenKazan.Registry.Domain;
using OpenKazan.Requests.Domain;

namespace OpenKazan.Requests.Overview;

/// <summary>One organisation's open and overdue requests, and the share of its stages met on time.</summary>
public sealed record OrganisationLoad(string Organisation, int Open, int Overdue, int StagesDue, int StagesMet);

/// <summary>The committee's picture of the city: today's intake, what is open and late, SLA compliance by organisation.</summary>
public sealed record CityOverviewDto(int SubmittedToday, int Open, int Overdue, int Resolved30Days, double? SlaCompliance, IReadOnlyList<OrganisationLoad> Organisations);

/// <summary>Counts for the committee's overview page, in the city's own day (its time zone).</summary>
public sealed class CityOverview(TenantScopedDbContext db, ICurrentTenant tenant, TimeProvider time)
{
    public async Task<CityOverviewDto> ReadAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var zone = tenant.Tenant?.TimeZone ?? TimeZoneInfo.Utc;
        var localToday = TimeZoneInfo.ConvertTimeFromUtc(now, zone).Date;
        var todayStarts = TimeZoneInfo.ConvertTimeToUtc(localToday, zone);
        var monthAgo = now.AddDays(-30);
        var open = RequestStatuses.Open.ToList();
        var requests = db.Set<ServiceRequest>().AsNoTracking();
        var submittedToday = await requests.CountAsync(r => r.RegisteredAt >= todayStarts, ct);
        var resolved = await requests.CountAsync(r => r.ResolvedAt != null && r.ResolvedAt >= monthAgo, ct);
        var openRows = await requests.Where(r => open.Contains(r.Status)).Select(r => new { r.Id, r.OrganisationId }).ToListAsync(ct);
        var openIds = openRows.Select(r => r.Id).ToList();
        var overdueIds = (await db.Set<RequestDeadline>().AsNoTracking()
            .Where(d => d.CompletedAt == null && d.DueAt <= now && openIds.Contains(d.RequestId)).Select(d => d.RequestId).ToListAsync(ct)).ToHashSet();
        var stages = await (from d in db.Set<RequestDeadline>().AsNoTracking()
                            join r in requests on d.RequestId equals r.Id
                            where d.DueAt >= monthAgo && d.DueAt <= now
                            select new { r.OrganisationId, Met = d.CompletedAt != null && d.CompletedAt <= d.DueAt }).ToListAsync(ct);
        var names = await db.Set<Organisation>().AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var byOrganisation = openRows.Select(r => r.OrganisationId).Concat(stages.Select(s => s.OrganisationId)).Distinct()
            .Select(id => new OrganisationLoad(
                id is { } o && names.TryGetValue(o, out var n) ? n.In(culture) : "—",
                openRows.Count(r => r.OrganisationId == id),
                openRows.Count(r => r.OrganisationId == id && overdueIds.Contains(r.Id)),
                stages.Count(s => s.OrganisationId == id),
                stages.Count(s => s.OrganisationId == id && s.Met)))
            .OrderByDescending(l => l.Overdue).ThenByDescending(l => l.Open).ThenBy(l => l.Organisation, StringComparer.Ordinal)
            .Take(20).ToList();
        double? compliance = stages.Count == 0 ? null : (double)stages.Count(s => s.Met) / stages.Count;
        return new CityOverviewDto(submittedToday, openRows.Count, overdueIds.Count, resolved, compliance, byOrganisation);
    }
}
