using OpenKazan.Onboarding.Contracts;
using OpenKazan.Onboarding.Rollout;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Onboarding.Lifecycle;

/// <summary>
/// Moves a city through Onboarding → Active (go-live) → Suspended → Archived. The catalog version moves with the
/// change, so every node sees it within the catalog poll interval, without a restart. The first go-live is kept for
/// the rollout checklist with the person who made it.
/// </summary>
internal sealed class CityLifecycle(ITenantStore store, ICityCatalog catalog, RolloutTracker rollout) : ICityLifecycle
{
    public IReadOnlyList<TenantStatus> NextStates(TenantStatus current) => current switch
    {
        TenantStatus.Onboarding => [TenantStatus.Active, TenantStatus.Archived],
        TenantStatus.Active => [TenantStatus.Suspended, TenantStatus.Archived],
        TenantStatus.Suspended => [TenantStatus.Active, TenantStatus.Archived],
        _ => [],
    };

    public async Task<LifecycleOutcome> MoveAsync(string slug, TenantStatus target, string movedBy, CancellationToken cancellationToken)
    {
        if (store.FindBySlug(slug) is not { } city)
        {
            return LifecycleOutcome.UnknownCity;
        }

        if (city.Status == target)
        {
            return LifecycleOutcome.Moved;
        }

        if (!NextStates(city.Status).Contains(target))
        {
            return LifecycleOutcome.NotAllowed;
        }

        await catalog.SetStatusAsync(city.Id, target, cancellationToken);
        if (target == TenantStatus.Active)
        {
            await rollout.RecordGoLiveAsync(city.Id, movedBy, cancellationToken);
        }

        return LifecycleOutcome.Moved;
    }
}
