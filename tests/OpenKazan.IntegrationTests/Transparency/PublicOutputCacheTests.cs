using System.Net;
using System.Net.Http.Json;
using OpenKazan.IntegrationTests.Requests.Infrastructure;
using OpenKazan.Persistence;

namespace OpenKazan.IntegrationTests.Transparency;

/// <summary>
/// Public lists come one bounded page at a time, and public outputs are built once and then served from the cache
/// with validators: the same ETag to every visitor, 304 to one who already holds it.
/// </summary>
public sealed class PublicOutputCacheTests(PublicOutputCacheTests.CachingFactory factory) : IClassFixture<PublicOutputCacheTests.CachingFactory>
{
    [Fact]
    public async Task Open_requests_come_a_page_at_a_time_with_a_link_to_the_next()
    {
        var resident = factory.ClientAs(TestPerson.Resident(factory.Kazan, "Ильдар Гарипов"));
        for (var i = 0; i < 3; i++)
        {
            await factory.OpenRequestAsync(resident, "kzn-000031");
        }

        var anonymous = factory.ClientFor("kazan.localhost");
        var first = await anonymous.GetAsync(new Uri("/api/transparency/open-requests?pageSize=2", UriKind.Relative));
        var rows = await first.Content.ReadFromJsonAsync<List<Row>>();

        Assert.Equal(2, rows!.Count);
        var next = Assert.Single(first.Headers.GetValues("Link"));
        Assert.Contains("page=2", next, StringComparison.Ordinal);
        Assert.EndsWith("rel=\"next\"", next, StringComparison.Ordinal);
        var second = await anonymous.GetFromJsonAsync<List<Row>>(new Uri("/api/transparency/open-requests?page=2&pageSize=2", UriKind.Relative));
        Assert.NotEmpty(second!);
        Assert.DoesNotContain(second!, r => rows.Any(f => f.Number == r.Number));
        var tooMany = await anonymous.GetAsync(new Uri("/api/transparency/open-requests?pageSize=100000", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        var page = await anonymous.GetAsync(new Uri("/open-requests?page=1", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.True((await page.Content.ReadAsByteArrayAsync()).Length < 200 * 1024);
    }

    [Theory]
    [InlineData("/open-data/requests.csv")]
    [InlineData("/ratings")]
    public async Task A_public_output_is_built_once_and_answers_304_to_a_visitor_holding_it(string path)
    {
        var anonymous = factory.ClientFor("kazan.localhost");

        var first = await anonymous.GetAsync(new Uri(path, UriKind.Relative));
        var again = await anonymous.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.NotNull(first.Content.Headers.LastModified);
        Assert.Equal(etag, again.Headers.ETag);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        conditional.Headers.IfNoneMatch.Add(etag);
        var notModified = await anonymous.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
    }

    private sealed record Row(string Number);

    public sealed class CachingFactory() : RequestsFactory(DatabaseProvider.Sqlite)
    {
        public Guid Kazan => City("kazan").Id;

        public async Task OpenRequestAsync(HttpClient resident, string buildingCode)
        {
            var building = await BuildingIdAsync("kazan", buildingCode);
            var category = await CategoryIdAsync("kazan", "other.entrance");
            await RequestsApi.SubmitAsync(resident, RequestsApi.NewRequest(building, category));
        }

        protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() =>
            [new("OutputCache:PageSeconds", "60"), new("OutputCache:ExportSeconds", "600")];
    }
}
