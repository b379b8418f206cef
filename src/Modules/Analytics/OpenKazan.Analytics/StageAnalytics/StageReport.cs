using Microsoft.EntityFrameworkCore;
using OpenKazan.Analytics.Contracts;
using OpenKazan.Analytics.Facts;
using OpenKazan.Analytics.ReportConstructor;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Analytics.StageAnalytics;

/// <summary>
/// Where the time goes and where deadlines are lost, for every organisation and category, weakest links first
/// (highest share of stage deadlines missed). Time in a stage is the time since the previous stage was met.
/// Pairs with fewer than <c>minRequests</c> requests are left out so that one unlucky request does not top the list.
/// </summary>
internal sealed class StageReport(TenantScopedDbContext db, ReportLabels labels)
{
    public Task<IReadOnlyList<StageLink>> RunAsync(
        ReportScope scope, DateOnly from, DateOnly to, int minRequests, string culture, CancellationToken ct) =>
        LinksAsync(Facts(scope, from, to), scope, minRequests, culture, ct);

    /// <summary>One organisation × category link in the scope, whatever its number of requests; null when it has none.</summary>
    public async Task<StageLink?> LinkAsync(
        ReportScope scope, Guid organisation, Guid category, DateOnly from, DateOnly to, string culture, CancellationToken ct)
    {
        var facts = Facts(scope, from, to).Where(f => f.OrganisationId == organisation && f.CategoryId == category);
        return (await LinksAsync(facts, scope, 1, culture, ct)).SingleOrDefault();
    }

    /// <summary>The requests of one link, those that missed a stage deadline first, then the newest; at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<StageDrillRow>> DrillAsync(
        ReportScope scope, Guid organisation, Guid category, DateOnly from, DateOnly to, int limit, CancellationToken ct)
    {
        var rows = await Facts(scope, from, to)
            .Where(f => f.OrganisationId == organisation && f.CategoryId == category)
            .Join(db.PublicRequestRows(), f => f.RequestId, r => r.Id, (f, r) => new
            {
                r.Number, f.RegisteredOn, r.RegisteredAt,
                Accept = f.AcceptOnTime == false, Localise = f.LocaliseOnTime == false, Resolve = f.ResolveOnTime == false,
            })
            .OrderByDescending(r => r.Accept || r.Localise || r.Resolve).ThenByDescending(r => r.RegisteredAt)
            .Take(limit)
            .ToListAsync(ct);
        return rows.Select(r => new StageDrillRow(r.Number, r.RegisteredOn,
            [.. new[] { ("accept", r.Accept), ("localise", r.Localise), ("resolve", r.Resolve) }.Where(s => s.Item2).Select(s => s.Item1)])).ToList();
    }

    private IQueryable<RequestFact> Facts(ReportScope scope, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var facts = db.Set<RequestFact>().AsNoTracking().Where(f => f.OrganisationId != null && f.RegisteredOn >= from && f.RegisteredOn <= to);
        return scope.OrganisationId is { } org ? facts.Where(f => f.OrganisationId == org) : facts;
    }

    private async Task<IReadOnlyList<StageLink>> LinksAsync(
        IQueryable<RequestFact> facts, ReportScope scope, int minRequests, string culture, CancellationToken ct)
    {
        var groups = await facts.GroupBy(f => new { f.OrganisationId, f.CategoryId })
            .Select(g => new
            {
                g.Key.OrganisationId,
                g.Key.CategoryId,
                Requests = g.Count(),
                Accept = g.Average(f => f.AcceptMinutes),
                AcceptMet = g.Count(f => f.AcceptOnTime != null),
                AcceptLate = g.Count(f => f.AcceptOnTime == false),
                Localise = g.Average(f => f.LocaliseMinutes - f.AcceptMinutes),
                LocaliseMet = g.Count(f => f.LocaliseOnTime != null),
                LocaliseLate = g.Count(f => f.LocaliseOnTime == false),
                Resolve = g.Average(f => f.ResolveMinutes - f.LocaliseMinutes),
                ResolveMet = g.Count(f => f.ResolveOnTime != null),
                ResolveLate = g.Count(f => f.ResolveOnTime == false),
            })
            .Where(g => g.Requests >= minRequests)
            .ToListAsync(ct);
        var names = await labels.LoadAsync(
            [ReportCatalog.Dimensions["organisation"], ReportCatalog.Dimensions["category"]], scope, culture, ct);
        return groups.Select(g => new StageLink(
                g.OrganisationId!.Value.ToString(), names.Label(ReportCatalog.Dimensions["organisation"], g.OrganisationId.Value.ToString()),
                g.CategoryId.ToString(), names.Label(ReportCatalog.Dimensions["category"], g.CategoryId.ToString()),
                g.Requests,
                [
                    new StageFigures("accept", g.Accept, g.AcceptMet, g.AcceptLate),
                    new StageFigures("localise", g.Localise, g.LocaliseMet, g.LocaliseLate),
                    new StageFigures("resolve", g.Resolve, g.ResolveMet, g.ResolveLate),
                ]))
            .OrderByDescending(l => l.LateShare ?? -1).ThenByDescending(l => l.Requests)
            .ToList();
    }
}
