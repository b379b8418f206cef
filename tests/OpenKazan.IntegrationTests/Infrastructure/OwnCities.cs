using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.BuildingBlocks.Packages;
using OpenKazan.Onboarding.Contracts;
using OpenKazan.Onboarding.ImportCityPackage;
using OpenKazan.Onboarding.NewCity;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.IntegrationTests.Infrastructure;

/// <summary>
/// Cities of the test classes' own in a fixture's shared host: Kazan's package imported under a new id and slug, once
/// per class. A class that counts, lists or ranks city-wide (figures, ratings, queues, exports) reads only what it wrote
/// itself, whichever classes of its collection ran before it; no host is started and nothing is reset per test.
/// </summary>
public sealed class OwnCities(IServiceProvider services)
{
    private static readonly string Kazan = Path.Combine(TestEnvironment.TenantsFolder, "kazan");

    private readonly ConcurrentDictionary<Type, Lazy<Task<TenantInfo>>> _cities = new();

    /// <summary>The class's city: imported on its first call, the same city on every later one.</summary>
    public Task<TenantInfo> ForAsync(Type testClass) =>
        _cities.GetOrAdd(testClass, _ => new Lazy<Task<TenantInfo>>(ImportCopyOfKazanAsync)).Value;

    private async Task<TenantInfo> ImportCopyOfKazanAsync()
    {
        var slug = $"kzn-{Guid.NewGuid():N}"[..16];
        var tenant = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Kazan, CityPackageImporter.TenantFile)))!;
        tenant["id"] = Guid.NewGuid().ToString();
        tenant["slug"] = slug;
        var own = new Dictionary<string, byte[]> { [CityPackageImporter.TenantFile] = Encoding.UTF8.GetBytes(tenant.ToJsonString()) };
        using var package = new OverlayPackageSource(own, new FolderPackageSource(Kazan));
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ICityPackageImporter>()
            .ImportAsync(package, dryRun: false, progress: null, CancellationToken.None);
        Assert.True(result.Succeeded, $"The copy of Kazan was refused: {string.Join("; ", result.Errors.Select(e => $"{e.File}:{e.Line} {e.Code}"))}");
        return services.GetRequiredService<ITenantStore>().FindBySlug(slug)
            ?? throw new InvalidOperationException($"The imported city {slug} is not in the catalog.");
    }
}
