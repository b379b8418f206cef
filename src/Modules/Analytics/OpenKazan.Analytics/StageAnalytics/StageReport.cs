using Microsoft.EntityFrameworkCore;
using OpenKazan.Analytics.Facts;
using OpenKazan.Analytics.ReportConstructor;
using OpenKazan.BuildingBlocks.Persistence;

namespace OpenKazan.Analytics.StageAnalytics;

/// <summary>One stage of one organisation and category: the average business minutes spent in it and the deadlines lost there.</summary>
public sealed record StageFigures(string Stage, double? AverageMinutes, int Met, int Late)
{
    public double? LateShare => Met == 0 ? null : (double)Late / Met;
}

/// <summary>An organisation × category pair with its stages; <see cref="LostAt"/> is the stage that loses most deadlines.</summary>
public sealed record StageLink(
    string OrganisationId, string Organisation, string CategoryId, string Category, int Requests, IReadOnlyList<StageFigures> Stages)
{
    public double? LateShare => Stages.Sum(s => s.Met) is var met and > 0 ? (double)Stages.Sum(s => s.Late) / met : null;

    public string? LostAt => Stages.Where(s => s.Late > 0).OrderByDescending(s => s.Late).Select(s => s.Stage).FirstOrDefault();
}

/// <summary>
/// Where the time goes and where deadlines are lost, for every organisation and category, weakest links first
/// (highest share of stage deadlines missed). Time in a stage is the time since the previous stage was met.
/// Pairs with fewer than <c>minRequests</c> requests are left out so that one unlucky request does not top the list.
/// </summary>
public sealed class StageReport(TenantScopedDbContext db, ReportLabels labels)
{
    public async Task<IReadOnlyList<StageLink>> RunAsync(
        ReportScope scope, DateOnly from, DateOnly to, int minRequests, string culture, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var facts = db.Set<RequestFact>().AsNoTracking().Where(f => f.OrganisationId != null && f.RegisteredOn >= from && f.RegisteredOn <= to);
        if (scope.OrganisationId is { } org)
        {
            facts = facts.Where(f => f.OrganisationId == org);
        }

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
