using Microsoft.FeatureManagement.FeatureFilters;
using Microsoft.FeatureManagement;
using OpenKazan.BuildingBlocks;

namespace OpenKazan.Tenancy.Features;

/// <summary>Every city feature is decided by <see cref="CityFeatureFilter"/>; nothing lives in appsettings.</summary>
internal sealed class CityFeatureDefinitions : IFeatureDefinitionProvider
{
    private static readonly Dictionary<string, FeatureDefinition> Definitions = CityFeatures.All.ToDictionary(
        name => name,
        name => new FeatureDefinition
        {
            Name = name,
            EnabledFor = [new FeatureFilterConfiguration { Name = CityFeatureFilter.Alias }],
        },
        StringComparer.Ordinal);

    public Task<FeatureDefinition?> GetFeatureDefinitionAsync(string featureName) =>
        Task.FromResult(Definitions.GetValueOrDefault(featureName));

    public async IAsyncEnumerable<FeatureDefinition> GetAllFeatureDefinitionsAsync()
    {
        foreach (var definition in Definitions.Values)
        {
            yield return definition;
        }

        await Task.CompletedTask;
    }
}
