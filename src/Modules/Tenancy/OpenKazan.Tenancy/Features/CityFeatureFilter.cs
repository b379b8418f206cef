using Microsoft.FeatureManagement;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Tenancy.Features;

/// <summary>
/// A feature is on for the current city unless its catalog entry switches it off. The catalog is cached per node
/// and refreshed by the catalog watcher, so a switch in the central area takes effect everywhere without a restart.
/// </summary>
[FilterAlias(Alias)]
internal sealed class CityFeatureFilter(CurrentTenantAccessor currentTenant) : IFeatureFilter
{
    public const string Alias = "City";

    public Task<bool> EvaluateAsync(FeatureFilterEvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var enabled = currentTenant.Info is { } city && city.IsOn(context.FeatureName);
        return Task.FromResult(enabled);
    }
}
