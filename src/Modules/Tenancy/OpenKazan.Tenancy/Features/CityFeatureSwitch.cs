using OpenKazan.BuildingBlocks;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Tenancy.Features;

/// <summary>Switches a feature of one city in the catalog; the API, the central pages and the CLI all come here.</summary>
public sealed class CityFeatureSwitch(ITenantStore store, TenantCatalog catalog)
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

    /// <summary>Whether the feature is on for the city (a feature not listed is on).</summary>
    public static bool IsOn(TenantInfo city, string feature)
    {
        ArgumentNullException.ThrowIfNull(city);
        return !city.Features.TryGetValue(feature, out var on) || on;
    }
}

public enum FeatureSwitchOutcome
{
    Switched,
    UnknownCity,
    UnknownFeature,
}
