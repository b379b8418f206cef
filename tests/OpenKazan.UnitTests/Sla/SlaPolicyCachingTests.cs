using System.Buffers;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.BuildingBlocks.Caching;
using OpenKazan.Sla.Contracts;
using OpenKazan.Sla.Policy;

namespace OpenKazan.UnitTests.Sla;

/// <summary>How a policy sits in HybridCache: under its city's key, and as <c>sla.json</c> in the distributed level.</summary>
public sealed class SlaPolicyCachingTests
{
    private static readonly Guid Kazan = Guid.NewGuid();
    private static readonly Guid Grozny = Guid.NewGuid();

    [Fact]
    public void A_policy_crosses_the_distributed_cache_as_the_same_document()
    {
        var policy = SlaTemplates.Document(SlaTemplates.Ru416);
        var serializer = new SlaPolicyDocumentSerializer();
        var buffer = new ArrayBufferWriter<byte>();

        serializer.Serialize(policy, buffer);
        var copy = serializer.Deserialize(new ReadOnlySequence<byte>(buffer.WrittenMemory));

        Assert.Equal(SlaPolicyJson.Write(policy), SlaPolicyJson.Write(copy));
    }

    [Fact]
    public async Task One_city_entry_is_never_served_to_another_and_a_catalog_change_drops_both()
    {
        await using var services = new ServiceCollection().AddHybridCache().Services.BuildServiceProvider();
        var cache = services.GetRequiredService<HybridCache>();

        Assert.Equal("kazan", await GetAsync(cache, Kazan, "kazan"));
        Assert.Equal("grozny", await GetAsync(cache, Grozny, "grozny"));
        Assert.Equal("kazan", await GetAsync(cache, Kazan, "rebuilt"));

        await cache.RemoveByTagAsync(CityCache.CatalogTag);

        Assert.Equal("rebuilt", await GetAsync(cache, Kazan, "rebuilt"));
        Assert.Equal("rebuilt", await GetAsync(cache, Grozny, "rebuilt"));
    }

    private static ValueTask<string> GetAsync(HybridCache cache, Guid city, string value) =>
        cache.GetOrCreateAsync(CityCache.Key(city, "sla-policy"), _ => ValueTask.FromResult(value), CityCache.Entry, CityCache.Tags);
}
