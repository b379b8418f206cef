using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Feedback.Domain;
using OpenKazan.Feedback.Periods;
using OpenKazan.Registry.Domain;
using OpenKazan.Requests.Domain;

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
public sealed class OpenRequestReader(TenantScopedDbContext db)
{
    public const int MaxRows = 50_000;

    public Task<List<OpenRequestRecord>> ReadAsync(RatingPeriod? registeredIn, bool openOnly, string? districtCode, string culture, CancellationToken ct) =>
        ReadAsync(registeredIn, openOnly, districtCode, culture, 0, MaxRows, ct);

    /// <summary>The rows from <paramref name="skip"/> on, newest first, at most <paramref name="take"/> of them.</summary>
    public async Task<List<OpenRequestRecord>> ReadAsync(
        RatingPeriod? registeredIn, bool openOnly, string? districtCode, string culture, int skip, int take, CancellationToken ct)
    {
        var requests = db.Set<ServiceRequest>().AsNoTracking();
        if (registeredIn is not null)
        {
            requests = requests.Where(r => r.RegisteredAt >= registeredIn.StartUtc && r.RegisteredAt < registeredIn.EndUtc);
        }

        if (openOnly)
        {
            var open = RequestStatuses.Open.ToList();
            requests = requests.Where(r => open.Contains(r.Status));
        }

        var rows = await (
            from r in requests
            join b in db.Set<Building>() on r.BuildingId equals b.Id
            join d in db.Set<District>() on b.DistrictId equals d.Id
            join c in db.Set<ServiceCategory>() on r.CategoryId equals c.Id
            join o in db.Set<Organisation>() on r.OrganisationId equals o.Id into orgs
            from o in orgs.DefaultIfEmpty()
            join f in db.Set<RequestFeedback>() on r.Id equals f.RequestId into rated
            from f in rated.DefaultIfEmpty()
            where districtCode == null || d.Code == districtCode
            orderby r.RegisteredAt descending, r.Number
            select new
            {
                r.Number, r.Status, r.Priority, r.Channel, CategoryCode = c.Code, CategoryName = c.Name, DistrictCode = d.Code, DistrictName = d.Name,
                BuildingCode = b.Code, b.Address, b.Latitude, b.Longitude, OrganisationCode = o == null ? null : o.Code,
                r.RegisteredAt, r.ResolvedAt, r.ClosedAt, r.ReopenCount,
                FeedbackScore = f == null ? (int?)null : f.Score,
                FeedbackComment = f != null && f.CommentPublic ? f.Comment : null,
            }).Skip(skip).Take(Math.Min(take, MaxRows)).ToListAsync(ct);
        return rows.Select(x => new OpenRequestRecord(
            x.Number, x.Status.ToString(), x.Priority.ToString(), x.Channel.ToString(), x.CategoryCode, x.CategoryName.In(culture),
            x.DistrictCode, x.DistrictName.In(culture), x.BuildingCode, x.Address, x.Latitude, x.Longitude, x.OrganisationCode,
            x.RegisteredAt, x.ResolvedAt, x.ClosedAt, x.ReopenCount, x.FeedbackScore, x.FeedbackComment)).ToList();
    }
}
