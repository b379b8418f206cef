using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using OpenKazan.IntegrationTests.Requests.Infrastructure;
using static OpenKazan.IntegrationTests.Requests.Infrastructure.RequestsApi;

namespace OpenKazan.IntegrationTests.Pages;

/// <summary>The city's home page tells residents what the city handles: requests filed, resolved and open, in their language.</summary>
public abstract partial class CityHomeFiguresTests(RequestsFactory factory)
{
    [Fact]
    public async Task A_filed_request_counts_on_the_home_page_as_filed_and_in_progress()
    {
        var kazan = factory.City("kazan").Id;
        var home = factory.ClientFor("kazan.localhost");
        var before = await FiguresAsync(home);

        await SubmitAsync(factory.ClientAs(TestPerson.Resident(kazan)), NewRequest(
            await factory.BuildingIdAsync("kazan", "kzn-000041"), await factory.CategoryIdAsync("kazan", "lift.stuck")));

        var after = await FiguresAsync(home);
        Assert.Equal(before["Обращений за 30 дней"] + 1, after["Обращений за 30 дней"]);
        Assert.Equal(before["В работе сейчас"] + 1, after["В работе сейчас"]);
        Assert.Equal(before["Решено за 30 дней"], after["Решено за 30 дней"]);
        Assert.True(after["Домов в реестре"] > 0);
    }

    private static async Task<Dictionary<string, int>> FiguresAsync(HttpClient home)
    {
        var response = await home.GetAsync(new Uri("/?lang=ru", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        return Figure().Matches(html).ToDictionary(
            m => WebUtility.HtmlDecode(m.Groups["label"].Value),
            m => int.Parse(Digits().Replace(m.Groups["value"].Value, string.Empty), CultureInfo.InvariantCulture));
    }

    [GeneratedRegex("<dt>(?<label>[^<]+)</dt><dd>(?<value>[^<]+)</dd>")]
    private static partial Regex Figure();

    [GeneratedRegex(@"\D")]
    private static partial Regex Digits();
}

[Collection(SqliteRequestsCollection.Name)]
public sealed class SqliteCityHomeFiguresTests(SqliteRequestsFactory factory) : CityHomeFiguresTests(factory);

[Collection(PostgresRequestsCollection.Name)]
public sealed class PostgresCityHomeFiguresTests(PostgresRequestsFactory factory) : CityHomeFiguresTests(factory);
