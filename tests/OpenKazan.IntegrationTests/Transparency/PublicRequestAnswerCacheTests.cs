using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OpenKazan.IntegrationTests.Requests.Infrastructure;
using OpenKazan.Open311.Updates;
using OpenKazan.Persistence;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.Notifications;
using OpenKazan.Requests.Contracts;
using static OpenKazan.IntegrationTests.Requests.Infrastructure.RequestsApi;

namespace OpenKazan.IntegrationTests.Transparency;

/// <summary>
/// A request's public answers (<c>/status?number=</c>, Open311 <c>GET requests/{id}</c>) are kept in the output cache
/// for ten minutes here, yet every status change shows on the very next read (the change evicts the request's own
/// answers at once, even when the city's pages wait for the folding delay), and one city never answers another's number.
/// </summary>
public abstract partial class PublicRequestAnswerCacheTests(PublicRequestAnswerCacheTests.CachingFactory factory)
{
    [Fact]
    public async Task A_status_change_shows_on_the_next_read_of_the_cached_status_page_and_open311_answer()
    {
        var kazanId = factory.City("kazan").Id;
        var building = await factory.BuildingIdAsync("kazan", "kzn-000001");
        var category = await factory.CategoryIdAsync("kazan", "lift.out-of-order");
        var liftService = await factory.OrganisationIdAsync("kazan", "kazanliftservice");
        var resident = factory.ClientAs(TestPerson.Resident(kazanId));
        var executor = factory.ClientAs(TestPerson.Executor(kazanId, liftService));
        var request = (await SubmitAsync(resident, NewRequest(building, category))).Request;
        var kazan = factory.ClientFor("kazan.localhost");
        var status = $"/status?number={request.Number}";
        var open311 = $"/open311/v2/requests/{request.Number}.json?extensions=true";

        Assert.Equal(StatusNames.In(RequestStatus.Dispatched, "ru"), await StatusTextAsync(kazan, status));
        Assert.Equal(ExtendedStatuses.Extended(RequestStatus.Dispatched), await ExtendedStatusAsync(kazan, open311));
        var again = await kazan.GetAsync(new Uri(status, UriKind.Relative));
        Assert.NotNull(again.Headers.Age);
        Assert.NotNull((await kazan.GetAsync(new Uri(open311, UriKind.Relative))).Headers.Age);

        await ActAsync(executor, request.Id, "accept");
        Assert.Equal(StatusNames.In(RequestStatus.Accepted, "ru"), await StatusTextAsync(kazan, status));
        Assert.Equal(ExtendedStatuses.Extended(RequestStatus.Accepted), await ExtendedStatusAsync(kazan, open311));

        await ActAsync(executor, request.Id, "start");
        await ActAsync(executor, request.Id, "resolve", new { report = "Заменён блок управления лифтом." });
        Assert.Equal(StatusNames.In(RequestStatus.Resolved, "ru"), await StatusTextAsync(kazan, status));
        var resolved = await ReadOpen311Async(kazan, open311);
        Assert.Equal("closed", resolved["status"]!.GetValue<string>());
        Assert.Equal("Заменён блок управления лифтом.", resolved["status_notes"]!.GetValue<string>());
    }

    [Fact]
    public async Task Another_city_never_answers_a_number_another_city_has_cached()
    {
        var kazanId = factory.City("kazan").Id;
        var building = await factory.BuildingIdAsync("kazan", "kzn-000031");
        var category = await factory.CategoryIdAsync("kazan", "other.entrance");
        var resident = factory.ClientAs(TestPerson.Resident(kazanId));
        var request = (await SubmitAsync(resident, NewRequest(building, category))).Request;
        var kazan = factory.ClientFor("kazan.localhost");
        var grozny = factory.ClientFor("grozny.localhost");
        Assert.NotNull(await StatusTextAsync(kazan, $"/status?number={request.Number}"));
        Assert.NotNull(await StatusTextAsync(kazan, $"/status?number={request.Number}"));
        await kazan.GetAsync(new Uri($"/open311/v2/requests/{request.Number}.json", UriKind.Relative));

        Assert.Null(await StatusTextAsync(grozny, $"/status?number={request.Number}"));
        var open311 = await grozny.GetAsync(new Uri($"/open311/v2/requests/{request.Number}.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, open311.StatusCode);
    }

    [Fact]
    public async Task A_number_not_found_is_not_kept()
    {
        var kazan = factory.ClientFor("kazan.localhost");
        await kazan.GetAsync(new Uri("/status?number=KZN-1900-000404", UriKind.Relative));
        var again = await kazan.GetAsync(new Uri("/status?number=KZN-1900-000404", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Null(again.Headers.Age);
    }

    /// <summary>The status the public page shows, or null when it says the number is unknown.</summary>
    private static async Task<string?> StatusTextAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        await ExpectAsync(response, HttpStatusCode.OK);
        var match = PublicStatus().Match(await response.Content.ReadAsStringAsync());
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    private static async Task<string> ExtendedStatusAsync(HttpClient client, string path) =>
        (await ReadOpen311Async(client, path))["extended_attributes"]!["extended_status"]!.GetValue<string>();

    private static async Task<JsonNode> ReadOpen311Async(HttpClient client, string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        await ExpectAsync(response, HttpStatusCode.OK);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())![0]!;
    }

    [GeneratedRegex("data-testid=\"public-status\">([^<]*)<")]
    private static partial Regex PublicStatus();

    /// <summary>Answers kept for ten minutes; the city's evictions folded over the default five seconds.</summary>
    public abstract class CachingFactory(DatabaseProvider provider) : RequestsFactory(provider)
    {
        protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() =>
            [new("OutputCache:RequestSeconds", "600"), new("OutputCache:PageSeconds", "600")];
    }

    public sealed class SqliteFactory() : CachingFactory(DatabaseProvider.Sqlite);

    public sealed class PostgresFactory() : CachingFactory(DatabaseProvider.PostgreSql);
}

public sealed class SqlitePublicRequestAnswerCacheTests(PublicRequestAnswerCacheTests.SqliteFactory factory)
    : PublicRequestAnswerCacheTests(factory), IClassFixture<PublicRequestAnswerCacheTests.SqliteFactory>;

public sealed class PostgresPublicRequestAnswerCacheTests(PublicRequestAnswerCacheTests.PostgresFactory factory)
    : PublicRequestAnswerCacheTests(factory), IClassFixture<PublicRequestAnswerCacheTests.PostgresFactory>;
