using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Registry.Contracts;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Requests.Lookup;

/// <summary>Turns requests into rows people read: names in the current language and the state of the next deadline.</summary>
public sealed class RequestRows(TenantScopedDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<RequestRow>> ToRowsAsync(IReadOnlyList<ServiceRequest> requests, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(requests);
        if (requests.Count == 0)
        {
            return [];
        }

        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var ids = requests.Select(r => r.Id).ToList();
        var buildingIds = requests.Select(r => r.BuildingId).Distinct().ToList();
        var categoryIds = requests.Select(r => r.CategoryId).Distinct().ToList();
        var organisationIds = requests.Where(r => r.OrganisationId != null).Select(r => r.OrganisationId!.Value).Distinct().ToList();
        var addresses = await db.BuildingPlaces().Where(b => buildingIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Address, ct);
        var categories = await db.CategoryLabels().Where(c => categoryIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var organisations = await db.OrganisationLabels().Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var open = await db.Set<RequestDeadline>().AsNoTracking().Where(d => ids.Contains(d.RequestId) && d.CompletedAt == null).ToListAsync(ct);
        var next = open.GroupBy(d => d.RequestId).ToDictionary(g => g.Key, g => g.OrderBy(d => d.DueAt).First());
        var now = time.GetUtcNow().UtcDateTime;
        return requests.Select(r =>
        {
            var deadline = RequestStatuses.Final.Contains(r.Status) || r.Status == RequestStatus.Resolved ? null : next.GetValueOrDefault(r.Id);
            return new RequestRow(r.Id, r.Number, r.Status.ToString(), r.Priority.ToString(),
                addresses.GetValueOrDefault(r.BuildingId) ?? "—",
                categories.TryGetValue(r.CategoryId, out var c) ? c.In(culture) : "—",
                r.OrganisationId is { } o && organisations.TryGetValue(o, out var n) ? n.In(culture) : null,
                r.RegisteredAt, deadline?.DueAt, StateOf(deadline, now));
        }).ToList();
    }

    private static DeadlineState StateOf(RequestDeadline? deadline, DateTime now) => deadline switch
    {
        null => DeadlineState.None,
        _ when deadline.DueAt <= now => DeadlineState.Overdue,
        _ when deadline.WarnAt <= now => DeadlineState.Near,
        _ => DeadlineState.OnTime,
    };
}
