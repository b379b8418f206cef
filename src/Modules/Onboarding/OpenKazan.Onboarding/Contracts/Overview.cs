using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Onboarding.Contracts;

/// <summary>
/// The central team's explicitly cross-city read: every city with its size, activity and rollout, each read inside
/// its own scope. Only the central pages (PlatformAdmin and RolloutManager) call it.
/// </summary>
public interface ICitiesOverview
{
    /// <summary>Every city, by slug.</summary>
    Task<IReadOnlyList<CityOverviewRow>> ListAsync(CancellationToken cancellationToken);
}

/// <summary>One line of the central team's overview of all cities.</summary>
public sealed record CityOverviewRow(
    TenantInfo City, int Buildings, double RequestsPerDay, double? SlaCompliance, RolloutChecklist Rollout);
