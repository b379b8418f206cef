using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Onboarding.Rollout;
using OpenKazan.Registry.Domain;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.Overview;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Onboarding.Overview;

/// <summary>One line of the central team's overview of all cities.</summary>
public sealed record CityOverviewRow(
    TenantInfo City, int Buildings, double RequestsPerDay, double? SlaCompliance, RolloutChecklist Rollout);

/// <summary>
/// The central team's explicitly cross-city read: each city is read inside its own scope (its own filter and, for a
/// city with its own database, its own connection), never through one query over all cities. Only the central pages
/// (PlatformAdmin and RolloutManager) call it.
/// </summary>
public sealed class CitiesOverview(ITenantStore store, TenantScopeFactory scopes, RolloutTracker rollout, TimeProvider time)
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
        var since = OverviewWindow.StartsAt(now);
        await using var scope = scopes.Create(city);
        var db = scope.Services.GetRequiredService<TenantScopedDbContext>();
        var buildings = await db.Set<Building>().CountAsync(ct);
        var requests = await db.Set<ServiceRequest>().CountAsync(r => r.RegisteredAt >= since, ct);

        // A stage counts once it is due in the window: met if completed by its due time.
        var due = db.Set<RequestDeadline>().Where(d => d.DueAt >= since && d.DueAt <= now);
        var dueCount = await due.CountAsync(ct);
        var met = await due.CountAsync(d => d.CompletedAt != null && d.CompletedAt <= d.DueAt, ct);
        var checklist = await rollout.ReadAsync(city, ct);
        return new CityOverviewRow(city, buildings, requests / (double)OverviewWindow.Days, dueCount == 0 ? null : met / (double)dueCount, checklist);
    }
}
