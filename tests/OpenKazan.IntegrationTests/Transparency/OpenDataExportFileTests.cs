using System.Net;
using System.Text.Json;
using OpenKazan.IntegrationTests.Requests.Infrastructure;
using OpenKazan.Persistence;

namespace OpenKazan.IntegrationTests.Transparency;

/// <summary>
/// The requests exports (CSV and JSON) are written once into a file and sent from it: the same ETag and Last-Modified to every
/// visitor, 304 to one holding it (by ETag or by date), the schema's header row and the city's requests in it. A new
/// request does not rebuild it at once (a whole city downloading must not cost a query per change), only once its
/// period has passed; each city has its own file.
/// </summary>
public abstract class OpenDataExportFileTests(OpenDataExportFileTests.ExportFactory factory)
{
    private static readonly Uri Export = new("/open-data/requests.csv", UriKind.Relative);

    [Fact]
    public async Task The_requests_export_is_built_once_answers_304_and_is_rebuilt_after_a_change_once_its_period_passed()
    {
        var kazan = factory.ClientFor("kazan.localhost");
        var filed = await FileAsync();

        var first = await kazan.GetAsync(Export);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("text/csv", first.Content.Headers.ContentType?.MediaType);
        var csv = await first.Content.ReadAsStringAsync();
        Assert.StartsWith("number,status,priority,channel,category_code,category_name,district_code,district_name,building_code,", csv, StringComparison.Ordinal);
        var row = Assert.Single(csv.Split("\r\n"), l => l.StartsWith(filed + ",", StringComparison.Ordinal));
        Assert.Contains(",other.entrance,", row, StringComparison.Ordinal);
        await TheJsonExportIsAFileTooAsync(kazan, filed);
        var etag = first.Headers.ETag;
        var lastModified = first.Content.Headers.LastModified;
        Assert.NotNull(etag);
        Assert.NotNull(lastModified);

        Assert.Equal(HttpStatusCode.NotModified, (await ConditionalAsync(kazan, r => r.Headers.IfNoneMatch.Add(etag))).StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, (await ConditionalAsync(kazan, r => r.Headers.IfModifiedSince = lastModified)).StatusCode);

        var later = await FileAsync();
        var withinPeriod = await kazan.GetAsync(Export);
        Assert.Equal(etag, withinPeriod.Headers.ETag);
        Assert.DoesNotContain(later, await withinPeriod.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        factory.Clock.Advance(TimeSpan.FromMinutes(11));
        var rebuilt = await kazan.GetAsync(Export);
        Assert.NotEqual(etag, rebuilt.Headers.ETag);
        Assert.Contains(later, await rebuilt.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await ConditionalAsync(kazan, r => r.Headers.IfNoneMatch.Add(etag))).StatusCode);

        var grozny = await factory.ClientFor("grozny.localhost").GetStringAsync(Export);
        Assert.DoesNotContain(filed, grozny, StringComparison.Ordinal);
        Assert.DoesNotContain(later, grozny, StringComparison.Ordinal);
    }

    /// <summary>The same rows as JSON, sent from a file of its own with its own validators.</summary>
    private static async Task TheJsonExportIsAFileTooAsync(HttpClient kazan, string filed)
    {
        var json = new Uri("/open-data/requests.json", UriKind.Relative);
        var first = await kazan.GetAsync(json);
        Assert.Equal("application/json", first.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        Assert.Equal("kazan", document.RootElement.GetProperty("city").GetString());
        Assert.Contains(document.RootElement.GetProperty("records").EnumerateArray(), r => r.GetProperty("number").GetString() == filed);
        Assert.NotNull(first.Headers.ETag);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, json);
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, (await kazan.SendAsync(conditional)).StatusCode);
    }

    private async Task<string> FileAsync()
    {
        var resident = factory.ClientAs(TestPerson.Resident(factory.City("kazan").Id, "Ильдар Гарипов"));
        var building = await factory.BuildingIdAsync("kazan", "kzn-000031");
        var category = await factory.CategoryIdAsync("kazan", "other.entrance");
        return (await RequestsApi.SubmitAsync(resident, RequestsApi.NewRequest(building, category))).Request.Number;
    }

    private static async Task<HttpResponseMessage> ConditionalAsync(HttpClient client, Action<HttpRequestMessage> condition)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Export);
        condition(request);
        return await client.SendAsync(request);
    }

    /// <summary>Exports kept for ten minutes after a change (the default period).</summary>
    public abstract class ExportFactory(DatabaseProvider provider) : RequestsFactory(provider)
    {
        protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() => [new("OutputCache:ExportSeconds", "600")];
    }

    public sealed class SqliteFactory() : ExportFactory(DatabaseProvider.Sqlite);

    public sealed class PostgresFactory() : ExportFactory(DatabaseProvider.PostgreSql);
}

public sealed class SqliteOpenDataExportFileTests(OpenDataExportFileTests.SqliteFactory factory)
    : OpenDataExportFileTests(factory), IClassFixture<OpenDataExportFileTests.SqliteFactory>;

public sealed class PostgresOpenDataExportFileTests(OpenDataExportFileTests.PostgresFactory factory)
    : OpenDataExportFileTests(factory), IClassFixture<OpenDataExportFileTests.PostgresFactory>;
