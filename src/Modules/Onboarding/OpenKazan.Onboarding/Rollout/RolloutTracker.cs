using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Identity.Persistence;
using OpenKazan.Registry.Domain;
using OpenKazan.Requests.Domain;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Onboarding.Rollout;

/// <summary>
/// A city's rollout checklist. Data, staff, test requests and go-live are derived from what the city has (its data
/// is read inside its own scope); training is ticked by the central team; the go-live date is recorded when the city
/// first becomes active.
/// </summary>
public sealed class RolloutTracker(
    CatalogDbContext catalog, PlatformDbContext platform, TenantScopeFactory scopes, ITenantStore store, TimeProvider time)
{
    /// <summary>The steps a person ticks; the others follow from the city's data and status.</summary>
    public static IReadOnlyList<RolloutStep> ManualSteps { get; } = [RolloutStep.TrainingHeld];

    public async Task<RolloutChecklist> ReadAsync(TenantInfo city, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(city);
        var ticks = await catalog.Set<RolloutTick>().AsNoTracking()
            .Where(t => t.TenantId == city.Id).ToDictionaryAsync(t => t.Step, cancellationToken);
        var (buildings, firstRequest) = city.Status == TenantStatus.Archived ? (0, null) : await ReadCityDataAsync(city, cancellationToken);
        var staffJoined = await StaffJoinedAsync(city.Id, cancellationToken);
        var trained = ticks.GetValueOrDefault(RolloutStep.TrainingHeld);
        var live = ticks.GetValueOrDefault(RolloutStep.GoLive);
        return new RolloutChecklist(
        [
            new(RolloutStep.DataImported, buildings > 0, false, null, null),
            new(RolloutStep.StaffInvited, staffJoined is not null, false, staffJoined, null),
            new(RolloutStep.TrainingHeld, trained is not null, true, trained?.DoneAt, trained?.DoneBy),
            new(RolloutStep.TestRequestsFiled, firstRequest is not null, false, firstRequest, null),
            new(RolloutStep.GoLive, city.Status is TenantStatus.Active or TenantStatus.Suspended, false, live?.DoneAt, live?.DoneBy),
        ]);
    }

    public async Task<TickOutcome> TickAsync(string slug, RolloutStep step, bool done, string by, CancellationToken cancellationToken)
    {
        if (store.FindBySlug(slug) is not { } city)
        {
            return TickOutcome.UnknownCity;
        }

        if (!ManualSteps.Contains(step))
        {
            return TickOutcome.NotManual;
        }

        var existing = await catalog.Set<RolloutTick>().FindAsync([city.Id, step], cancellationToken);
        if (done && existing is null)
        {
            catalog.Add(new RolloutTick { TenantId = city.Id, Step = step, DoneAt = Now, DoneBy = by });
        }
        else if (!done && existing is not null)
        {
            catalog.Remove(existing);
        }

        await catalog.SaveChangesAsync(cancellationToken);
        return TickOutcome.Ticked;
    }

    /// <summary>Keeps the date a city first went live; a later return from suspension does not move it.</summary>
    public async Task RecordGoLiveAsync(Guid tenantId, string by, CancellationToken cancellationToken)
    {
        if (await catalog.Set<RolloutTick>().AnyAsync(t => t.TenantId == tenantId && t.Step == RolloutStep.GoLive, cancellationToken))
        {
            return;
        }

        catalog.Add(new RolloutTick { TenantId = tenantId, Step = RolloutStep.GoLive, DoneAt = Now, DoneBy = by });
        await catalog.SaveChangesAsync(cancellationToken);
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private async Task<(int Buildings, DateTime? FirstRequest)> ReadCityDataAsync(TenantInfo city, CancellationToken ct)
    {
        await using var scope = scopes.Create(city);
        var db = scope.Services.GetRequiredService<TenantScopedDbContext>();
        var buildings = await db.Set<Building>().CountAsync(ct);
        var firstRequest = await db.Set<ServiceRequest>().OrderBy(r => r.RegisteredAt)
            .Select(r => (DateTime?)r.RegisteredAt).FirstOrDefaultAsync(ct);
        return (buildings, firstRequest);
    }

    /// <summary>When the first member with a role other than resident joined the city, if anyone has.</summary>
    private async Task<DateTime?> StaffJoinedAsync(Guid tenantId, CancellationToken ct)
    {
        // Read as a list: SQLite cannot order or aggregate DateTimeOffset columns.
        var joined = await platform.Memberships.AsNoTracking()
            .Where(m => m.TenantId == tenantId && m.Roles.Any(r => r.Role != Roles.Resident))
            .Select(m => m.JoinedAt).ToListAsync(ct);
        return joined.Count == 0 ? null : joined.Min().UtcDateTime;
    }
}

public enum TickOutcome
{
    Ticked,
    UnknownCity,
    NotManual,
}
