using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.BuildingBlocks;
using OpenKazan.IntegrationTests.Infrastructure;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.IntegrationTests.Tenancy;

/// <summary>A feature switched for one city takes effect at once, for that city only, without a restart.</summary>
public abstract class FeatureFlagTests(OpenKazanFactory factory)
{
    [Fact]
    public async Task Switching_a_feature_off_takes_effect_at_once_for_that_city_only()
    {
        var city = await factory.OwnCityAsync(GetType());
        var mine = factory.ClientFor($"{city.Slug}.localhost");
        var kazan = factory.ClientFor("kazan.localhost");
        Assert.True(await IsEnabledAsync(mine, CityFeatures.Voting));

        await SwitchAsync(city.Slug, CityFeatures.Voting, false);

        Assert.False(await IsEnabledAsync(mine, CityFeatures.Voting));
        Assert.True(await IsEnabledAsync(mine, CityFeatures.Open311));
        Assert.True(await IsEnabledAsync(kazan, CityFeatures.Voting));
    }

    private static async Task<bool> IsEnabledAsync(HttpClient client, string feature)
    {
        var states = await client.GetFromJsonAsync<List<State>>(new Uri("/api/features", UriKind.Relative));
        return states!.Single(s => s.Name == feature).Enabled;
    }

    private async Task SwitchAsync(string slug, string feature, bool enabled)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ITenantStore>();
        var city = store.FindBySlug(slug)!;
        var features = new Dictionary<string, bool>(city.Features) { [feature] = enabled };
        await scope.ServiceProvider.GetRequiredService<TenantCatalog>().UpsertAsync(city with { Features = features }, null, CancellationToken.None);
    }

    private sealed record State(string Name, bool Enabled);
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteFeatureFlagTests(SqliteFactory factory) : FeatureFlagTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresFeatureFlagTests(PostgresFactory factory) : FeatureFlagTests(factory);
