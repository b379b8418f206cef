using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Feedback.Domain;
using OpenKazan.Registry.Contracts;
using OpenKazan.Requests.Contracts;
using OpenKazan.Feedback.Contracts;

namespace OpenKazan.Feedback.OpenData;

/// <summary>
/// One request as open data: the building, never the flat, entrance, name, phone or e-mail; no description (requests
/// do not ask for consent to publish it); the feedback comment only when the resident agreed to its publication.
/// </summary>
public sealed record OpenRequestRecord(
    string Number, string Status, string Priority, string Channel, string CategoryCode, string CategoryName,
    string DistrictCode, string DistrictName, string BuildingCode, string BuildingAddress, double Latitude, double Longitude,
    string? OrganisationCode, DateTime RegisteredAt, DateTime? ResolvedAt, DateTime? ClosedAt, int ReopenCount,
    int? FeedbackScore, string? FeedbackComment);

/// <summary>Reads requests as <see cref="OpenRequestRecord"/>s: the one place that decides what of a request is public.</summary>
internal sealed class OpenRequestReader(TenantScopedDbContext db) : IOpenRequests
{
    public const int MaxRows = 50_000;

    public async Task<List<PublicRequestDto>> OpenPageAsync(string? district, int page, int pageSize, CancellationToken ct)
    {
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var records = await ReadAsync(null, openOnly: true, string.IsNullOrWhiteSpace(district) ? null : district, culture,
            (page - 1) * pageSize, pageSize + 1, ct);
        return records.Select(r => new PublicRequestDto(r.Number, r.Status, r.CategoryName, r.DistrictCode, r.DistrictName, r.BuildingAddress,
            r.Latitude, r.Longitude, r.RegisteredAt)).ToList();
    }

    /// <summary>The rows from <paramref name="skip"/> on, newest first, at most <paramref name="take"/> of them.</summary>
    public async Task<List<OpenRequestRecord>> ReadAsync(
        RatingPeriod? registeredIn, bool openOnly, string? districtCode, string culture, int skip, int take, CancellationToken ct)
    {
        var rows = await Query(registeredIn, openOnly, districtCode, skip, Math.Min(take, MaxRows)).ToListAsync(ct);
        return rows.Select(x => x.ToRecord(culture)).ToList();
    }

    /// <summary>The export's rows one at a time as the database sends them (at most <see cref="MaxRows"/>, newest first).</summary>
    public async IAsyncEnumerable<OpenRequestRecord> StreamAsync(
        RatingPeriod? registeredIn, string culture, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var row in Query(registeredIn, openOnly: false, districtCode: null, 0, MaxRows).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row.ToRecord(culture);
        }
    }

    /// <summary>
    /// The page of requests is chosen on the request table alone (along its <c>(TenantId, RegisteredAt)</c> index)
    /// before the joins: joined first, PostgreSQL read and sorted every request of the city to keep the newest
    /// 50,000 (docs/benchmarks.md: no answer within 60 s at 2.4 M requests).
    /// </summary>
    private IQueryable<Row> Query(RatingPeriod? registeredIn, bool openOnly, string? districtCode, int skip, int take)
    {
        var requests = db.PublicRequestRows();
        if (registeredIn is not null)
        {
            requests = requests.Where(r => r.RegisteredAt >= registeredIn.StartUtc && r.RegisteredAt < registeredIn.EndUtc);
        }

        if (openOnly)
        {
            var open = RequestStatuses.Open.ToList();
            requests = requests.Where(r => open.Contains(r.Status));
        }

        if (districtCode is not null)
        {
            var buildings = from b in db.BuildingPlaces()
                            join d in db.DistrictLabels() on b.DistrictId equals d.Id
                            where d.Code == districtCode
                            select b.Id;
            requests = requests.Where(r => buildings.Contains(r.BuildingId));
        }

        var page = requests.OrderByDescending(r => r.RegisteredAt).ThenBy(r => r.Number).Skip(skip).Take(take);
        return
            from r in page
            join b in db.BuildingPlaces() on r.BuildingId equals b.Id
            join d in db.DistrictLabels() on b.DistrictId equals d.Id
            join c in db.CategoryLabels() on r.CategoryId equals c.Id
            join o in db.OrganisationLabels() on r.OrganisationId equals o.Id into orgs
            from o in orgs.DefaultIfEmpty()
            join f in db.Set<RequestFeedback>() on r.Id equals f.RequestId into rated
            from f in rated.DefaultIfEmpty()
            orderby r.RegisteredAt descending, r.Number
            select new Row
            {
                Number = r.Number, Status = r.Status, Priority = r.Priority, Channel = r.Channel, CategoryCode = c.Code, CategoryName = c.Name,
                DistrictCode = d.Code, DistrictName = d.Name, BuildingCode = b.Code, Address = b.Address, Latitude = b.Latitude,
                Longitude = b.Longitude, OrganisationCode = o == null ? null : o.Code, RegisteredAt = r.RegisteredAt,
                ResolvedAt = r.ResolvedAt, ClosedAt = r.ClosedAt, ReopenCount = r.ReopenCount,
                FeedbackScore = f == null ? (int?)null : f.Score,
                FeedbackComment = f != null && f.CommentPublic ? f.Comment : null,
            };
    }

    /// <summary>The columns read for one request, before names are put in the reader's language.</summary>
    private sealed class Row
    {
        public required string Number { get; init; }

        public RequestStatus Status { get; init; }

        public RequestPriority Priority { get; init; }

        public RequestChannel Channel { get; init; }

        public required string CategoryCode { get; init; }

        public required LocalizedText CategoryName { get; init; }

        public required string DistrictCode { get; init; }

        public required LocalizedText DistrictName { get; init; }

        public required string BuildingCode { get; init; }

        public required string Address { get; init; }

        public double Latitude { get; init; }

        public double Longitude { get; init; }

        public string? OrganisationCode { get; init; }

        public DateTime RegisteredAt { get; init; }

        public DateTime? ResolvedAt { get; init; }

        public DateTime? ClosedAt { get; init; }

        public int ReopenCount { get; init; }

        public int? FeedbackScore { get; init; }

        public string? FeedbackComment { get; init; }

        public OpenRequestRecord ToRecord(string culture) => new(
            Number, Status.ToString(), Priority.ToString(), Channel.ToString(), CategoryCode, CategoryName.In(culture),
            DistrictCode, DistrictName.In(culture), BuildingCode, Address, Latitude, Longitude, OrganisationCode,
            RegisteredAt, ResolvedAt, ClosedAt, ReopenCount, FeedbackScore, FeedbackComment);
    }
}
