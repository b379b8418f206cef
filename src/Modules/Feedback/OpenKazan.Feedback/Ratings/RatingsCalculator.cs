using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenKazan.BuildingBlocks;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Tenancy;
using OpenKazan.Feedback.Domain;
using OpenKazan.Registry.Contracts;
using OpenKazan.Requests.Contracts;
using OpenKazan.Feedback.Contracts;

namespace OpenKazan.Feedback.Ratings;

/// <summary>
/// Gathers the facts of every managing organisation for a period from requests, deadlines, feedback and votes, and
/// ranks those with at least the city's minimum of resolved requests by <see cref="RatingFormula"/>.
/// A request counts in the period it was resolved in; it is on time when its Resolve deadline was met (or it had none).
/// </summary>
internal sealed class RatingsCalculator(
    TenantScopedDbContext db, IOptions<TransparencyOptions> options, ICurrentTenant tenant, TimeProvider time, KeptRatings kept)
    : IOrganisationRatings
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

    public Task<NamedDistrict?> DistrictAsync(string code, CancellationToken ct) => db.DistrictByCodeAsync(code, ct);

    /// <summary>
    /// The ratings of the period: for the periods the ratings page shows, the copy this node keeps (see
    /// <see cref="KeptRatings"/>); for older ones, computed now.
    /// </summary>
    public Task<CityRatings> RateAsync(RatingPeriod period, NamedDistrict? district, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(period);
        return kept.Enabled && History().Any(p => p.Key == period.Key)
            ? kept.GetAsync(tenant.Tenant!.Id, period, district, ct)
            : ComputeAsync(period, district, ct);
    }

    internal async Task<CityRatings> ComputeAsync(RatingPeriod period, NamedDistrict? district, CancellationToken ct)
    {
        var organisations = await db.ManagingOrganisationsAsync(ct);
        var buildings = db.BuildingIdsIn(district?.Id);
        var resolved = await db.ResolvedByOrganisationAsync(period.StartUtc, period.EndUtc, buildings, ct);
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
            var done = resolved.GetValueOrDefault(o.Id, ResolvedRequestCounts.None);
            var scores = feedback.GetValueOrDefault(o.Id);
            var ballots = votes.GetValueOrDefault(o.Id);
            var facts = new OrganisationFacts(done.Resolved, done.OnTime, done.Reopened, scores.Count, scores.Sum, ballots.Count, ballots.Sum);
            return (Organisation: o, Facts: facts, Score: RatingFormula.Score(facts));
        }).ToList();
        return new CityRatings(period, district, minimum, Rank(rated, minimum));
    }

    private static List<OrganisationRating> Rank(List<(NamedOrganisation Organisation, OrganisationFacts Facts, RatingScore Score)> rated, int minimum)
    {
        var ranked = rated.Where(r => r.Facts.Resolved >= minimum && r.Score.Score is not null)
            .OrderByDescending(r => r.Score.Score).ThenBy(r => r.Organisation.Code, StringComparer.Ordinal).ToList();
        var unranked = rated.Except(ranked).OrderBy(r => r.Organisation.Code, StringComparer.Ordinal);
        return ranked.Select((r, i) => Row(i + 1, r)).Concat(unranked.Select(r => Row(null, r))).ToList();

        static OrganisationRating Row(int? rank, (NamedOrganisation Organisation, OrganisationFacts Facts, RatingScore Score) r) =>
            new(rank, r.Organisation.Id, r.Organisation.Code, r.Organisation.Name, r.Facts, r.Score);
    }
}
