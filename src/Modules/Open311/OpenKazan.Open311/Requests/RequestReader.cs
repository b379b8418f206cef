using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Open311.Formatting;
using OpenKazan.Open311.Updates;
using OpenKazan.Registry.Contracts;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Open311.Requests;

/// <summary>
/// Turns requests into their Open311 form: a page of requests in two round trips whatever its size (the requests with
/// their building, category, organisation, resolve deadline and Open311 submission in one joined query, then their
/// history), one request by its number in one (the same joined query with its history as a collection). Seven
/// queries, one per table, made a single <c>GET requests/{id}</c> cost seven round trips: the profile in
/// docs/benchmarks.md.
/// </summary>
internal sealed class RequestReader(TenantScopedDbContext db)
{
    private static readonly string[] NoteKinds =
        [RequestEventKinds.Submitted, RequestEventKinds.Dispatched, RequestEventKinds.Rerouted, RequestEventKinds.StatusChanged, RequestEventKinds.Commented];

    public IQueryable<PublishedRequestRow> Requests => db.PublishedRequestRows();

    /// <summary>The requests of the query (already filtered and paged), newest first, as Open311 service requests.</summary>
    public async Task<List<ServiceRequestDto>> ReadAsync(IQueryable<PublishedRequestRow> requests, TimeZoneInfo zone, bool extensions, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var rows = await Joined(requests).ToListAsync(ct);
        var ids = rows.Select(x => x.Request.Id).ToList();
        var events = (await db.RequestHistoryRows().Where(e => ids.Contains(e.RequestId)).ToListAsync(ct)).ToLookup(e => e.RequestId);
        return [.. rows.OrderByDescending(x => x.Request.RegisteredAt).ThenByDescending(x => x.Request.Id)
            .Select(x => ToDto(x, events[x.Request.Id], zone, extensions, culture))];
    }

    /// <summary>
    /// One request by its number with the id of its request (which the Open311 form does not show, the cache's tag
    /// needs it), or null: one round trip, the history coming back in the same query as the request's row. It is the
    /// read every first <c>GET requests/{id}</c> of a number makes (later ones come from the output cache).
    /// </summary>
    public async Task<(Guid Id, ServiceRequestDto Request)?> ReadOneAsync(string number, TimeZoneInfo zone, bool extensions, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(number);
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var history = db.RequestHistoryRows();
        // A number is unique in its city. No row limit in the SQL: it would push the joined rows into a subquery.
        var found = (await Joined(Requests.Where(r => r.Number == number))
            .Select(x => new { Row = x, History = history.Where(e => e.RequestId == x.Request.Id).ToList() })
            .ToListAsync(ct)).SingleOrDefault();
        return found is null ? null : (found.Row.Request.Id, ToDto(found.Row, found.History, zone, extensions, culture));
    }

    /// <summary>The requests with what their Open311 form shows of the rows they point to, in one joined query.</summary>
    private IQueryable<Row> Joined(IQueryable<PublishedRequestRow> requests) =>
        from r in requests
        join b in db.BuildingPlaces() on r.BuildingId equals b.Id
        join c in db.CategoryLabels() on r.CategoryId equals c.Id
        join o in db.OrganisationLabels() on r.OrganisationId equals o.Id into organisations
        from o in organisations.DefaultIfEmpty()
        join d in db.StageDeadlineRows(SlaStages.Resolve) on r.Id equals d.RequestId into deadlines
        from d in deadlines.DefaultIfEmpty()
        join s in db.Set<Open311Submission>().AsNoTracking() on r.Id equals s.RequestId into submissions
        from s in submissions.DefaultIfEmpty()
        select new Row
        {
            Request = r, Address = b.Address, BuildingCode = b.Code, Latitude = b.Latitude, Longitude = b.Longitude,
            CategoryName = c.Name, CategoryCode = c.Code, OrganisationName = o == null ? null : o.Name,
            ResolveDue = d == null ? null : d.DueAt, Submission = s == null ? null : s,
        };

    private static ServiceRequestDto ToDto(Row x, IEnumerable<RequestHistoryRow> events, TimeZoneInfo zone, bool extensions, string culture)
    {
        var r = x.Request;
        var history = events.OrderBy(e => e.At).ThenBy(e => e.Id).ToList();
        var serviceName = x.CategoryName.In(culture);
        var dto = new ServiceRequestDto(
            r.Number,
            ExtendedStatuses.Basic(r.Status),
            StatusNotes(r, history),
            serviceName,
            x.CategoryCode,
            PublicDescription(r, x.Submission, serviceName),
            x.OrganisationName?.In(culture),
            StatusNames.In(r.Status, culture),
            Open311Dates.Format(r.RegisteredAt, zone),
            Open311Dates.Format(history.Count > 0 ? history.Max(e => e.At) : r.RegisteredAt, zone),
            x.ResolveDue is { } due ? Open311Dates.Format(due, zone) : null,
            x.Address,
            x.BuildingCode,
            x.Latitude,
            x.Longitude,
            x.Submission?.MediaUrl);
        return extensions ? dto with { ExtendedAttributes = Extended(r, x.Submission), Notes = NotesOf(r, history, zone) } : dto;
    }

    /// <summary>
    /// A request with what its Open311 form shows of the rows it points to. A class with settable members, not a
    /// positional record, so that the query of one request can still be composed over it (its history joined).
    /// </summary>
    private sealed class Row
    {
        public required PublishedRequestRow Request { get; init; }

        public required string Address { get; init; }

        public required string BuildingCode { get; init; }

        public double Latitude { get; init; }

        public double Longitude { get; init; }

        public required LocalizedText CategoryName { get; init; }

        public required string CategoryCode { get; init; }

        public LocalizedText? OrganisationName { get; init; }

        public DateTime? ResolveDue { get; init; }

        public Open311Submission? Submission { get; init; }
    }

    /// <summary>
    /// GeoReport publishes descriptions to anyone. A client that filed through Open311 did so knowing that; a resident
    /// who wrote on the portal or told the call centre did not agree to publication, so their text is replaced by the
    /// service name.
    /// </summary>
    private static string PublicDescription(PublishedRequestRow request, Open311Submission? submission, string serviceName) =>
        submission is null ? serviceName : request.Description;

    /// <summary>
    /// The resolution report once the work is done; before that, the last status move in plain words with the staff's
    /// reason ("Отклонено: …", "Отменено"), so a rejected or cancelled request never reads as fixed.
    /// </summary>
    private static string? StatusNotes(PublishedRequestRow request, List<RequestHistoryRow> history) =>
        RequestStatuses.Resolved.Contains(request.Status) && request.ResolutionReport is { } report
            ? report
            : history.LastOrDefault(e => e.ToStatus is not null && e.Kind is not RequestEventKinds.Submitted) is { } last
                ? UpdateHistory.Describe(last, last.ToStatus!.Value, request.Culture)
                : null;

    private static Dictionary<string, object?> Extended(PublishedRequestRow request, Open311Submission? submission)
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
    private static List<NoteDto> NotesOf(PublishedRequestRow request, List<RequestHistoryRow> history, TimeZoneInfo zone) =>
        history.Where(e => NoteKinds.Contains(e.Kind) && !(e.Kind == RequestEventKinds.Commented && e.ActorRole == nameof(ActorRole.Resident)))
            .Select(e => new NoteDto(
                e.Kind == RequestEventKinds.Commented ? "comment" : "status_change",
                Open311Dates.Format(e.At, zone),
                e.Kind,
                e.ToStatus is { } to ? ExtendedStatuses.Extended(to) : null,
                UpdateHistory.Describe(e, e.ToStatus ?? request.Status, request.Culture))).ToList();
}
