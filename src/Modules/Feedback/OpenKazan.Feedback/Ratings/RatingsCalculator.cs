using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenKazan.BuildingBlocks;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Tenancy;
using OpenKazan.Feedback.Domain;
using OpenKazan.Registry.Domain;
using OpenKazan.Requests.Domain;
using OpenKazan.Registry.Contracts;
using OpenKazan.Feedback.Contracts;

namespace OpenKazan.Feedback.Ratings;

public sealed record OrganisationRating(int? Rank, Guid OrganisationId, string Code, LocalizedText Name, OrganisationFacts Facts, RatingScore Score);

/// <summary>The ratings of a city's managing organisations in one period, whole city or one district.</summary>
public sealed record CityRatings(RatingPeriod Period, District? District, int MinimumRequests, IReadOnlyList<OrganisationRating> Organisations);

/// <summary>
/// Gathers the facts of every managing organisation for a period from requests, deadlines, feedback and votes, and
/// ranks those with at least the city's minimum of resolved requests by <see cref="RatingFormula"/>.
/// A request counts in the period it was resolved in; it is on time when its Resolve deadline was met (or it had none).
/// </summary>
public sealed class RatingsCalculator(
    TenantScopedDbContext db, IOptions<TransparencyOptions> options, ICurrentTenant tenant, TimeProvider time, KeptRatings kept)
{
    private CityTransparencySettings Settings => options.Value.For(tenant.Tenant!.Slug);

    private TimeZoneInfo Zone => tenant.Tenant!.TimeZone;

    public RatingPeriod CurrentPeriod() => RatingPeriod.Containing(time.GetUtcNow().UtcDateTime, Settings.Period!.Value, Zone);

    /// <summary>The period with this key, the current one when none is given, or null for a key of another length.</summary>
    public RatingPeriod? PeriodOf(string? key) => string.IsNullOrWhiteSpace(key) ? CurrentPeriod() : RatingPeriod.Parse(key, Settings.Period!.Value, Zone);

    /// <summary>The current period and the ones before it, newest first.</summary>
    public IReadOnlyList<RatingPeriod> History()
    {
        var periods = new List<RatingPeriod> { CurrentPeriod() };
        while (periods.Count < Settings.HistoryPeriods!.Value)
        {
            periods.Add(periods[^1].Previous(Zone));
        }

        return periods;
    }

    public Task<District?> DistrictAsync(string code, CancellationToken ct) =>
        db.Set<District>().AsNoTracking().SingleOrDefaultAsync(d => d.Code == code, ct);

    /// <summary>
    /// The ratings of the period: for the periods the ratings page shows, the copy this node keeps (see
    /// <see cref="KeptRatings"/>); for older ones, computed now.
    /// </summary>
    public Task<CityRatings> RateAsync(RatingPeriod period, District? district, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(period);
        return kept.Enabled && History().Any(p => p.Key == period.Key)
            ? kept.GetAsync(tenant.Tenant!.Id, period, district, ct)
            : ComputeAsync(period, district, ct);
    }

    internal async Task<CityRatings> ComputeAsync(RatingPeriod period, District? district, CancellationToken ct)
    {
        var organisations = await db.Set<Organisation>().AsNoTracking()
            .Where(o => o.Type == OrganisationType.ManagingOrganisation).ToListAsync(ct);
        var buildings = db.Set<Building>().Where(b => district == null || b.DistrictId == district.Id).Select(b => b.Id);
        var resolved = await ResolvedAsync(period, buildings, ct);
        var feedback = await db.Set<RequestFeedback>().AsNoTracking()
            .Where(f => f.CreatedAt >= period.StartUtc && f.CreatedAt < period.EndUtc && f.OrganisationId != null && buildings.Contains(f.BuildingId))
            .GroupBy(f => f.OrganisationId!.Value)
            .Select(g => new { g.Key, Count = g.Count(), Sum = g.Sum(f => f.Score) })
            .ToDictionaryAsync(g => g.Key, g => (g.Count, g.Sum), ct);
        var votes = await db.Set<OrganisationVote>().AsNoTracking()
            .Where(v => v.Period == period.Key && buildings.Contains(v.BuildingId))
            .GroupBy(v => v.OrganisationId)
            .Select(g => new { g.Key, Count = g.Count(), Sum = g.Sum(v => v.Score) })
            .ToDictionaryAsync(g => g.Key, g => (g.Count, g.Sum), ct);
        var minimum = Settings.MinimumRequests!.Value;
        var rated = organisations.Select(o =>
        {
            var done = resolved.GetValueOrDefault(o.Id, ResolvedCounts.None);
            var scores = feedback.GetValueOrDefault(o.Id);
            var ballots = votes.GetValueOrDefault(o.Id);
            var facts = new OrganisationFacts(done.Resolved, done.OnTime, done.Reopened, scores.Count, scores.Sum, ballots.Count, ballots.Sum);
            return (Organisation: o, Facts: facts, Score: RatingFormula.Score(facts));
        }).ToList();
        return new CityRatings(period, district, minimum, Rank(rated, minimum));
    }

    private static List<OrganisationRating> Rank(List<(Organisation Organisation, OrganisationFacts Facts, RatingScore Score)> rated, int minimum)
    {
        var ranked = rated.Where(r => r.Facts.Resolved >= minimum && r.Score.Score is not null)
            .OrderByDescending(r => r.Score.Score).ThenBy(r => r.Organisation.Code, StringComparer.Ordinal).ToList();
        var unranked = rated.Except(ranked).OrderBy(r => r.Organisation.Code, StringComparer.Ordinal);
        return ranked.Select((r, i) => Row(i + 1, r)).Concat(unranked.Select(r => Row(null, r))).ToList();

        static OrganisationRating Row(int? rank, (Organisation Organisation, OrganisationFacts Facts, RatingScore Score) r) =>
            new(rank, r.Organisation.Id, r.Organisation.Code, r.Organisation.Name, r.Facts, r.Score);
    }

    /// <summary>
    /// Per organisation, its requests resolved in the period, how many of them late and how many reopened: counted by
    /// the database in one grouped query, so a city's volume never travels to the node (at 2.4 M requests the ids of a
    /// quarter's resolved requests no longer fit in one query's parameters).
    /// </summary>
    private async Task<Dictionary<Guid, ResolvedCounts>> ResolvedAsync(RatingPeriod period, IQueryable<Guid> buildings, CancellationToken ct)
    {
        var late = db.Set<RequestDeadline>()
            .Where(d => d.Stage == SlaStages.Resolve && (d.CompletedAt == null || d.CompletedAt > d.DueAt))
            .Select(d => d.RequestId);
        var counts = await db.Set<ServiceRequest>().AsNoTracking()
            .Where(r => r.ResolvedAt >= period.StartUtc && r.ResolvedAt < period.EndUtc && r.OrganisationId != null && buildings.Contains(r.BuildingId))
            .Select(r => new { OrganisationId = r.OrganisationId!.Value, Late = late.Contains(r.Id) ? 1 : 0, Reopened = r.ReopenCount > 0 ? 1 : 0 })
            .GroupBy(r => r.OrganisationId)
            .Select(g => new { g.Key, Resolved = g.Count(), Late = g.Sum(r => r.Late), Reopened = g.Sum(r => r.Reopened) })
            .ToListAsync(ct);
        return counts.ToDictionary(c => c.Key, c => new ResolvedCounts(c.Resolved, c.Resolved - c.Late, c.Reopened));
    }

    private sealed record ResolvedCounts(int Resolved, int OnTime, int Reopened)
    {
        public static ResolvedCounts None { get; } = new(0, 0, 0);
    }
}
