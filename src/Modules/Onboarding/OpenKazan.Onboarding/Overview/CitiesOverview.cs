using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Onboarding.Contracts;
using OpenKazan.Onboarding.Rollout;
using OpenKazan.Registry.Contracts;
using OpenKazan.Requests.Contracts;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Onboarding.Overview;

/// <summary>
/// The central team's explicitly cross-city read: each city is read inside its own scope (its own filter and, for a
/// city with its own database, its own connection), never through one query over all cities. Only the central pages
/// (PlatformAdmin and RolloutManager) call it.
/// </summary>
internal sealed class CitiesOverview(ITenantStore store, TenantScopeFactory scopes, IRolloutTracker rollout, TimeProvider time) : ICitiesOverview
{
    public async Task<IReadOnlyList<CityOverviewRow>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = new List<CityOverviewRow>();
        foreach (var city in store.All.OrderBy(c => c.Slug, StringComparer.Ordinal))
        {
            rows.Add(city.Status == TenantStatus.Archived
                ? new CityOverviewRow(city, 0, 0, null, await rollout.ReadAsync(city, cancellationToken))
                : await ReadAsync(city, cancellationToken));
        }

        return rows;
    }

    private async Task<CityOverviewRow> ReadAsync(TenantInfo city, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var scope = scopes.Create(city);
        var db = scope.Services.GetRequiredService<TenantScopedDbContext>();
        var buildings = await db.BuildingPlaces().CountAsync(ct);
        var activity = await db.CityActivityAsync(now, ct);
        var checklist = await rollout.ReadAsync(city, ct);
        return new CityOverviewRow(
            city, buildings, activity.Registered / (double)OverviewWindow.Days,
            activity.StagesDue == 0 ? null : activity.StagesMet / (double)activity.StagesDue, checklist);
    }
}
