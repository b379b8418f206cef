using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Identity.Contracts;
using OpenKazan.Onboarding.Contracts;
using OpenKazan.Registry.Contracts;
using OpenKazan.Requests.Contracts;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Onboarding.Rollout;

/// <summary>
/// A city's rollout checklist. Data, staff, test requests and go-live are derived from what the city has (its data
/// is read inside its own scope); training is ticked by the central team; the go-live date is recorded when the city
/// first becomes active.
/// </summary>
internal sealed class RolloutTracker(
    CentralDbContext catalog, ICityStaff staff, TenantScopeFactory scopes, ITenantStore store, TimeProvider time) : IRolloutTracker
{
    /// <summary>The steps a person ticks; the others follow from the city's data and status.</summary>
    public static IReadOnlyList<RolloutStep> ManualSteps { get; } = [RolloutStep.TrainingHeld];

    public async Task<RolloutChecklist> ReadAsync(TenantInfo city, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(city);
        var ticks = await catalog.Set<RolloutTick>().AsNoTracking()
            .Where(t => t.TenantId == city.Id).ToDictionaryAsync(t => t.Step, cancellationToken);
        var (buildings, firstRequest) = city.Status == TenantStatus.Archived ? (0, null) : await ReadCityDataAsync(city, cancellationToken);
        var staffJoined = await staff.FirstStaffJoinedAtAsync(city.Id, cancellationToken);
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
        var buildings = await db.BuildingPlaces().CountAsync(ct);
        var firstRequest = await db.FirstRequestRegisteredAtAsync(ct);
        return (buildings, firstRequest);
    }
}
