using System.Net;
using OpenKazan.IntegrationTests.Requests.Infrastructure;
using OpenKazan.Persistence;

namespace OpenKazan.IntegrationTests.Transparency;

/// <summary>
/// Cached public pages are evicted when their city's data changes: a new request shows at once on the cached
/// <c>/open-requests</c> (the ten-minute period is only the fallback), and another city's cached page is untouched.
/// </summary>
public abstract class PublicOutputEvictionTests(PublicOutputEvictionTests.EvictingFactory factory)
{
    [Fact]
    public async Task A_new_request_shows_at_once_on_the_cached_open_requests_of_its_city_only()
    {
        var kazan = factory.ClientFor("kazan.localhost");
        var grozny = factory.ClientFor("grozny.localhost");
        var before = await kazan.GetStringAsync(new Uri("/open-requests", UriKind.Relative));
        var groznyBefore = await grozny.GetAsync(new Uri("/open-requests", UriKind.Relative));
        Assert.Equal(before, await kazan.GetStringAsync(new Uri("/open-requests", UriKind.Relative)));

        var resident = factory.ClientAs(TestPerson.Resident(factory.City("kazan").Id, "Ильдар Гарипов"));
        var building = await factory.BuildingIdAsync("kazan", "kzn-000031");
        var category = await factory.CategoryIdAsync("kazan", "other.entrance");
        var submitted = await RequestsApi.SubmitAsync(resident, RequestsApi.NewRequest(building, category));

        var after = await kazan.GetStringAsync(new Uri("/open-requests", UriKind.Relative));
        Assert.DoesNotContain(submitted.Request.Number, before, StringComparison.Ordinal);
        Assert.Contains(submitted.Request.Number, after, StringComparison.Ordinal);
        var groznyAfter = await grozny.GetAsync(new Uri("/open-requests", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, groznyAfter.StatusCode);
        Assert.Equal(groznyBefore.Headers.ETag, groznyAfter.Headers.ETag);
    }

    /// <summary>Pages cached for ten minutes, evicted on every change (no folding delay).</summary>
    public abstract class EvictingFactory(DatabaseProvider provider) : RequestsFactory(provider)
    {
        protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() =>
            [new("OutputCache:PageSeconds", "600"), new("OutputCache:ChangeDelaySeconds", "0")];
    }

    public sealed class SqliteFactory() : EvictingFactory(DatabaseProvider.Sqlite);

    public sealed class PostgresFactory() : EvictingFactory(DatabaseProvider.PostgreSql);
}

public sealed class SqlitePublicOutputEvictionTests(PublicOutputEvictionTests.SqliteFactory factory)
    : PublicOutputEvictionTests(factory), IClassFixture<PublicOutputEvictionTests.SqliteFactory>;

public sealed class PostgresPublicOutputEvictionTests(PublicOutputEvictionTests.PostgresFactory factory)
    : PublicOutputEvictionTests(factory), IClassFixture<PublicOutputEvictionTests.PostgresFactory>;
