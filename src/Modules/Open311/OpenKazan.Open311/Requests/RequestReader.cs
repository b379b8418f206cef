using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Open311.Formatting;
using OpenKazan.Open311.Updates;
using OpenKazan.Registry.Domain;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.Notifications;
using OpenKazan.Requests.Workflow;

namespace OpenKazan.Open311.Requests;

/// <summary>
/// Turns a page of requests into their Open311 form with a fixed number of queries (buildings, categories,
/// organisations, deadlines, history, submissions), whatever the page size.
/// </summary>
public sealed class RequestReader(TenantScopedDbContext db)
{
    private static readonly string[] NoteKinds =
        [RequestEventKinds.Submitted, RequestEventKinds.Dispatched, RequestEventKinds.Rerouted, RequestEventKinds.StatusChanged, RequestEventKinds.Commented];

    public IQueryable<ServiceRequest> Requests => db.Set<ServiceRequest>().AsNoTracking();

    public async Task<List<ServiceRequestDto>> ReadAsync(IReadOnlyList<ServiceRequest> rows, TimeZoneInfo zone, bool extensions, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var ids = rows.Select(r => r.Id).ToList();
        var buildingIds = rows.Select(r => r.BuildingId).Distinct().ToList();
        var categoryIds = rows.Select(r => r.CategoryId).Distinct().ToList();
        var organisationIds = rows.Where(r => r.OrganisationId is not null).Select(r => r.OrganisationId!.Value).Distinct().ToList();
        var buildings = await db.Set<Building>().AsNoTracking().Where(b => buildingIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, ct);
        var categories = await db.Set<ServiceCategory>().AsNoTracking().Where(c => categoryIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var organisations = await db.Set<Organisation>().AsNoTracking().Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        var deadlines = await db.Set<RequestDeadline>().AsNoTracking()
            .Where(d => ids.Contains(d.RequestId) && d.Stage == SlaStages.Resolve)
            .ToDictionaryAsync(d => d.RequestId, d => d.DueAt, ct);
        var events = (await db.Set<RequestEvent>().AsNoTracking().Where(e => ids.Contains(e.RequestId)).ToListAsync(ct))
            .ToLookup(e => e.RequestId);
        var submissions = await db.Set<Open311Submission>().AsNoTracking().Where(s => ids.Contains(s.RequestId)).ToDictionaryAsync(s => s.RequestId, ct);

        return rows.Select(r =>
        {
            var building = buildings[r.BuildingId];
            var category = categories[r.CategoryId];
            var history = events[r.Id].OrderBy(e => e.At).ThenBy(e => e.Id).ToList();
            var submission = submissions.GetValueOrDefault(r.Id);
            var dto = new ServiceRequestDto(
                r.Number,
                ExtendedStatuses.Basic(r.Status),
                StatusNotes(r, history),
                category.Name.In(culture),
                category.Code,
                PublicDescription(r, submission, category.Name.In(culture)),
                r.OrganisationId is { } org && organisations.TryGetValue(org, out var organisation) ? organisation.Name.In(culture) : null,
                StatusNames.In(r.Status, culture),
                Open311Dates.Format(r.RegisteredAt, zone),
                Open311Dates.Format(history.Count > 0 ? history.Max(e => e.At) : r.RegisteredAt, zone),
                deadlines.TryGetValue(r.Id, out var due) ? Open311Dates.Format(due, zone) : null,
                building.Address,
                building.Code,
                building.Latitude,
                building.Longitude,
                submission?.MediaUrl);
            return extensions ? dto with { ExtendedAttributes = Extended(r, submission), Notes = NotesOf(r, history, zone) } : dto;
        }).ToList();
    }

    /// <summary>
    /// GeoReport publishes descriptions to anyone. A client that filed through Open311 did so knowing that; a resident
    /// who wrote on the portal or told the call centre did not agree to publication, so their text is replaced by the
    /// service name.
    /// </summary>
    private static string PublicDescription(ServiceRequest request, Open311Submission? submission, string serviceName) =>
        submission is null ? serviceName : request.Description;

    /// <summary>
    /// The resolution report once the work is done; before that, the last status move in plain words with the staff's
    /// reason ("Отклонена: …", "Отменена"), so a rejected or cancelled request never reads as fixed.
    /// </summary>
    private static string? StatusNotes(ServiceRequest request, List<RequestEvent> history) =>
        request.Status is RequestStatus.Resolved or RequestStatus.Closed && request.ResolutionReport is { } report
            ? report
            : history.LastOrDefault(e => e.ToStatus is not null && e.Kind is not RequestEventKinds.Submitted) is { } last
                ? UpdateHistory.Describe(last, last.ToStatus!.Value, request.Culture)
                : null;

    private static Dictionary<string, object?> Extended(ServiceRequest request, Open311Submission? submission)
    {
        var extended = new Dictionary<string, object?>
        {
            ["channel"] = request.Channel.ToString(),
            ["priority"] = request.Priority.ToString(),
            ["extended_status"] = ExtendedStatuses.Extended(request.Status),
        };
        if (submission?.AttributesJson is { } json)
        {
            extended["attributes"] = JsonSerializer.Deserialize<JsonElement>(json);
        }

        return extended;
    }

    /// <summary>The public history: residents' own comments are left out, as in <c>servicerequestupdates</c>.</summary>
    private static List<NoteDto> NotesOf(ServiceRequest request, List<RequestEvent> history, TimeZoneInfo zone) =>
        history.Where(e => NoteKinds.Contains(e.Kind) && !(e.Kind == RequestEventKinds.Commented && e.ActorRole == nameof(ActorRole.Resident)))
            .Select(e => new NoteDto(
                e.Kind == RequestEventKinds.Commented ? "comment" : "status_change",
                Open311Dates.Format(e.At, zone),
                e.Kind,
                e.ToStatus is { } to ? ExtendedStatuses.Extended(to) : null,
                UpdateHistory.Describe(e, e.ToStatus ?? request.Status, request.Culture))).ToList();
}
