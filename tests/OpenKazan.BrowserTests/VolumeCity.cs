using Microsoft.Extensions.DependencyInjection;
using OpenKazan.Analytics.Contracts;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.BrowserTests;

/// <summary>
/// A server of its own whose Kazan holds 3,000 generated requests over the last 90 days (seed 11): the committee's
/// pages at volume, without the generated open work crowding the queues the journey tests walk on the shared server.
/// </summary>
public sealed class VolumeCityFixture : IAsyncLifetime
{
    public const int Requests = 3000;

    public BrowserFixture App { get; } = new();

    public GeneratorResult Generated { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        var city = App.Services.GetRequiredService<ITenantStore>().FindBySlug("kazan")!;
        await using var scope = App.Services.GetRequiredService<TenantScopeFactory>().Create(city);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Generated = await scope.Services.GetRequiredService<IRequestGenerator>()
            .GenerateAsync(new GeneratorOptions(Requests, 11, 90, today), TextWriter.Null, CancellationToken.None);
    }

    public Task DisposeAsync() => App.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class VolumeCityCollection : ICollectionFixture<VolumeCityFixture>
{
    public const string Name = "browser-volume";
}
