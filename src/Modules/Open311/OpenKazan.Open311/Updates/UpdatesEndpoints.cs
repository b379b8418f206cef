using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Open311.Formatting;
using OpenKazan.Open311.Media;
using OpenKazan.Open311.Requests;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Open311.Updates;

/// <summary>One change of a request as the service request updates extension reports it.</summary>
internal sealed record ServiceRequestUpdateDto(
    string UpdateId, string ServiceRequestId, string Status, string UpdatedDatetime, string? Description, string? MediaUrl);

/// <summary>
/// <c>GET servicerequestupdates</c>: status changes and public comments of the city's requests in a date range
/// (at most 90 days, the last 90 by default), oldest first, optionally of some requests only. Every update is made
/// from history alone (never from the request as it stands now), so the same <c>update_id</c> always reads the same.
/// </summary>
internal static class UpdatesEndpoints
{
    private static readonly string[] UpdateKinds =
        [RequestEventKinds.Dispatched, RequestEventKinds.Rerouted, RequestEventKinds.StatusChanged, RequestEventKinds.Commented];

    public static async Task<Open311Result> ListAsync(
        Open311Call call, TenantScopedDbContext db, PublicMedia media, TimeProvider time, HttpContext http, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(media);
        ArgumentNullException.ThrowIfNull(http);
        var (query, error) = RequestListQuery.Parse(call, time.GetUtcNow().UtcDateTime);
        if (query is null)
        {
            return Open311Errors.BadRequest(call.Format, error!);
        }

        var kinds = UpdateKinds.ToList();
        var resident = nameof(OpenKazan.Requests.Contracts.ActorRole.Resident);
        var events = db.RequestHistoryRows()
            .Where(e => kinds.Contains(e.Kind) && e.At >= query.Start && e.At <= query.End)
            .Where(e => !(e.Kind == RequestEventKinds.Commented && e.ActorRole == resident));
        var requests = db.PublishedRequestRows();
        if (query.Ids.Count > 0)
        {
            var ids = query.Ids.ToList();
            requests = requests.Where(r => ids.Contains(r.Number));
        }

        // One row more than the page tells whether a next page exists, without counting the whole range.
        var rows = (await events
            .Join(requests, e => e.RequestId, r => r.Id, (e, r) => new { Event = e, r.Number, r.Culture })
            .OrderBy(x => x.Event.At).ThenBy(x => x.Event.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize + 1)
            .ToListAsync(ct)).Select(x => new UpdateRow(x.Event, x.Number, x.Culture)).ToList();
        if (rows.Count > query.PageSize)
        {
            rows.RemoveAt(rows.Count - 1);
            http.Response.Headers.Link = $"<{ReadRequestsEndpoints.NextPage(http, query)}>; rel=\"next\"";
        }

        var history = await UpdateHistory.LoadAsync(db, rows.Select(r => r.Event.RequestId).Distinct().ToList(), ct);
        var photos = await db.LatestReportPhotosAsync(rows.Where(r => r.Event.ToStatus == RequestStatus.Resolved).Select(r => r.Event.RequestId).Distinct().ToList(), ct);
        var updates = rows.Select(x => new ServiceRequestUpdateDto(
            x.Event.Id.ToString(),
            x.Number,
            ExtendedStatuses.Extended(history.StatusAfter(x.Event)),
            Open311Dates.Format(x.Event.At, call.Zone),
            UpdateHistory.Describe(x.Event, history.StatusAfter(x.Event), x.Culture),
            x.Event.ToStatus == RequestStatus.Resolved ? media.UrlOf(photos.GetValueOrDefault(x.Event.RequestId), call) : null)).ToList();
        return new Open311Result(call.Format, "service_request_updates", updates);
    }

    private sealed record UpdateRow(RequestHistoryRow Event, string Number, string Culture);
}
