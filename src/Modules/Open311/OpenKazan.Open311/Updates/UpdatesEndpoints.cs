using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Open311.Formatting;
using OpenKazan.Open311.Requests;
using OpenKazan.Requests.Domain;

namespace OpenKazan.Open311.Updates;

/// <summary>One change of a request as the service request updates extension reports it.</summary>
public sealed record ServiceRequestUpdateDto(
    string UpdateId, string ServiceRequestId, string Status, string UpdatedDatetime, string? Description, string? MediaUrl);

/// <summary>
/// <c>GET servicerequestupdates</c>: status changes and public comments of the city's requests in a date range
/// (at most 90 days, the last 90 by default), oldest first, optionally of some requests only.
/// </summary>
public static class UpdatesEndpoints
{
    private static readonly string[] UpdateKinds =
        [RequestEventKinds.Dispatched, RequestEventKinds.Rerouted, RequestEventKinds.StatusChanged, RequestEventKinds.Commented];

    public static async Task<Open311Result> ListAsync(Open311Call call, TenantScopedDbContext db, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(db);
        var (query, error) = RequestListQuery.Parse(call, time.GetUtcNow().UtcDateTime);
        if (query is null)
        {
            return Open311Errors.BadRequest(call.Format, error!);
        }

        var kinds = UpdateKinds.ToList();
        var events = db.Set<RequestEvent>().AsNoTracking()
            .Where(e => kinds.Contains(e.Kind) && e.At >= query.Start && e.At <= query.End);
        var requests = db.Set<ServiceRequest>().AsNoTracking();
        if (query.Ids.Count > 0)
        {
            var ids = query.Ids.ToList();
            requests = requests.Where(r => ids.Contains(r.Number));
        }

        var rows = await events
            .Join(requests, e => e.RequestId, r => r.Id, (e, r) => new { Event = e, r.Number, r.Status })
            .OrderBy(x => x.Event.At).ThenBy(x => x.Event.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .ToListAsync(ct);
        var updates = rows.Select(x => new ServiceRequestUpdateDto(
            x.Event.Id.ToString(),
            x.Number,

            // A comment changes nothing: it is reported with the request's status as it stands.
            ExtendedStatuses.Extended(x.Event.ToStatus ?? x.Status),
            Open311Dates.Format(x.Event.At, call.Zone),
            x.Event.Reason,
            null)).ToList();
        return new Open311Result(call.Format, "service_request_updates", updates);
    }
}
