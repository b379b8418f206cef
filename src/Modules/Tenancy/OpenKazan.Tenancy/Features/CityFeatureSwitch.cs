using OpenKazan.BuildingBlocks;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Tenancy.Features;

internal sealed class CityFeatureSwitch(ITenantStore store, TenantCatalog catalog) : ICityFeatureSwitch
{
    public async Task<FeatureSwitchOutcome> SwitchAsync(string slug, string feature, bool enabled, CancellationToken cancellationToken)
    {
        if (store.FindBySlug(slug) is not { } city)
        {
            return FeatureSwitchOutcome.UnknownCity;
        }

        if (!CityFeatures.All.Contains(feature, StringComparer.Ordinal))
        {
            return FeatureSwitchOutcome.UnknownFeature;
        }

        var switched = new Dictionary<string, bool>(city.Features, StringComparer.Ordinal) { [feature] = enabled };
        await catalog.UpsertAsync(city with { Features = switched }, logo: null, cancellationToken);
        return FeatureSwitchOutcome.Switched;
    }
}
