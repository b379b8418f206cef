using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Registry.Contracts;
using OpenKazan.Requests.Access;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.Lookup;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Requests.Queue;

/// <summary>
/// The one work queue behind the dispatcher's queue, the executor's inbox and the organisation admin's view: every open
/// request the person may work on, emergencies first, then by how little time the current stage has left (so the late
/// ones lead), read page by page along an index, with the true total and counts per filter over the whole set.
/// </summary>
internal sealed class WorkQueueReader(TenantScopedDbContext db, RequestRows rows, TimeProvider time) : IWorkQueueReader
{
    public async Task<WorkQueuePage> ReadAsync(WorkQueueQuery query, ICurrentUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(user);
        var now = time.GetUtcNow().UtcDateTime;
        var scope = Scope(user);
        var groups = await GroupsAsync(scope, now, ct);
        var counts = Count(groups, query);
        var size = Math.Clamp(query.PageSize, 1, WorkQueueQuery.MaxPageSize);
        var page = await Filter(scope, query, now).After(query.After)
            .OrderBy(r => r.Urgency).ThenBy(r => r.QueueDueAt).ThenBy(r => r.Number)
            .Take(size + 1).ToListAsync(ct);
        var next = page.Count > size ? QueueCursor.From(page[size - 1]).ToString() : null;
        var items = await rows.ToRowsAsync(page.Take(size).ToList(), ct);
        return new WorkQueuePage(groups.Where(g => g.Matches(query)).Sum(g => g.Count), items, next, counts);
    }

    /// <summary>The city's open requests for city-wide staff, the organisation's own for its staff, nothing for anyone else.</summary>
    private IQueryable<ServiceRequest> Scope(ICurrentUser user)
    {
        var open = db.Set<ServiceRequest>().AsNoTracking().Where(r => r.InQueue);
        if (RequestAccess.SeesWholeCity(user))
        {
            return open;
        }

        var organisationId = RequestAccess.IsOrganisationStaff(user) ? user.OrganisationId : null;
        return open.Where(r => organisationId != null && r.OrganisationId == organisationId);
    }

    private IQueryable<ServiceRequest> Filter(IQueryable<ServiceRequest> scope, WorkQueueQuery query, DateTime now)
    {
        var result = scope;
        result = query.Status is { } status ? result.Where(r => r.Status == status) : result;
        result = query.OrganisationId is { } organisation ? result.Where(r => r.OrganisationId == organisation) : result;
        result = query.UnassignedOnly ? result.Where(r => r.OrganisationId == null) : result;
        result = query.CategoryId is { } category ? result.Where(r => r.CategoryId == category) : result;
        result = query.Channel is { } channel ? result.Where(r => r.Channel == channel) : result;
        if (query.DistrictId is { } district)
        {
            var buildings = db.BuildingIdsIn(district);
            result = result.Where(r => buildings.Contains(r.BuildingId));
        }

        return query.Deadline switch
        {
            DeadlineFilter.Overdue => result.Where(r => r.QueueDueAt <= now),
            DeadlineFilter.Near => result.Where(r => r.QueueWarnAt <= now && r.QueueDueAt > now),
            _ => result,
        };
    }

    /// <summary>
    /// The open set grouped by every filter at once: a few hundred groups however many requests, from which the total and
    /// every filter's counts are summed without another trip to the database.
    /// </summary>
    private async Task<List<QueueGroup>> GroupsAsync(IQueryable<ServiceRequest> scope, DateTime now, CancellationToken ct) =>
        await (from r in scope
               join b in db.BuildingPlaces() on r.BuildingId equals b.Id
               group r by new
               {
                   r.Status, r.OrganisationId, r.CategoryId, b.DistrictId, r.Channel,
                   Overdue = r.QueueDueAt <= now, Near = r.QueueWarnAt <= now,
               } into g
               select new QueueGroup(g.Key.Status, g.Key.OrganisationId, g.Key.CategoryId, g.Key.DistrictId, g.Key.Channel,
                   g.Key.Overdue ? DeadlineFilter.Overdue : g.Key.Near ? DeadlineFilter.Near : DeadlineFilter.Any, g.Count()))
            .ToListAsync(ct);

    private static WorkQueueCounts Count(List<QueueGroup> groups, WorkQueueQuery query)
    {
        int Sum(WorkQueueQuery q, Func<QueueGroup, bool> include) => groups.Where(g => g.Matches(q) && include(g)).Sum(g => g.Count);
        Dictionary<TKey, int> By<TKey>(WorkQueueQuery q, Func<QueueGroup, bool> include, Func<QueueGroup, TKey> key)
            where TKey : notnull =>
            groups.Where(g => g.Matches(q) && include(g)).GroupBy(key).ToDictionary(x => x.Key, x => x.Sum(g => g.Count));

        var anyDeadline = query with { Deadline = DeadlineFilter.Any };
        var anyOrganisation = query with { OrganisationId = null, UnassignedOnly = false };
        return new WorkQueueCounts(
            Sum(anyDeadline, g => g.Deadline == DeadlineFilter.Overdue),
            Sum(anyDeadline, g => g.Deadline == DeadlineFilter.Near),
            Sum(anyOrganisation, g => g.OrganisationId is null),
            By(query with { Status = null }, _ => true, g => g.Status.ToString()),
            By(anyOrganisation, g => g.OrganisationId is not null, g => g.OrganisationId!.Value),
            By(query with { CategoryId = null }, _ => true, g => g.CategoryId),
            By(query with { DistrictId = null }, _ => true, g => g.DistrictId),
            By(query with { Channel = null }, _ => true, g => g.Channel.ToString()));
    }
}

/// <summary>Open requests sharing every filterable property, and how many there are.</summary>
internal sealed record QueueGroup(
    RequestStatus Status, Guid? OrganisationId, Guid CategoryId, Guid DistrictId, RequestChannel Channel, DeadlineFilter Deadline, int Count)
{
    public bool Matches(WorkQueueQuery query) =>
        (query.Status is null || query.Status == Status)
        && (query.OrganisationId is null || query.OrganisationId == OrganisationId)
        && (!query.UnassignedOnly || OrganisationId is null)
        && (query.CategoryId is null || query.CategoryId == CategoryId)
        && (query.DistrictId is null || query.DistrictId == DistrictId)
        && (query.Channel is null || query.Channel == Channel)
        && (query.Deadline == DeadlineFilter.Any || query.Deadline == Deadline);
}

internal static class QueueOrder
{
    /// <summary>The rows after the cursor in queue order (urgency, stage deadline, number).</summary>
    public static IQueryable<ServiceRequest> After(this IQueryable<ServiceRequest> requests, QueueCursor? cursor)
    {
        if (cursor is null)
        {
            return requests;
        }

        var (urgency, due, number) = (cursor.Urgency, cursor.DueAt, cursor.Number);
        return requests.Where(r => r.Urgency > urgency
                                   || (r.Urgency == urgency && (r.QueueDueAt > due
                                                                || (r.QueueDueAt == due && r.Number.CompareTo(number) > 0))));
    }
}
