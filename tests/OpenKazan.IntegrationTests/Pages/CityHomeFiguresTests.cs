using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenKazan.IntegrationTests.Requests.Infrastructure;
using OpenKazan.Registry.Domain;
using static OpenKazan.IntegrationTests.Requests.Infrastructure.RequestsApi;

namespace OpenKazan.IntegrationTests.Pages;

/// <summary>
/// The city's home page tells residents what the city handles: requests filed, resolved and open, in their language. The
/// figures are city-wide, so the class works in its own copy of Kazan and knows them exactly.
/// </summary>
public abstract partial class CityHomeFiguresTests(RequestsFactory factory)
{
    [Fact]
    public async Task A_filed_request_counts_on_the_home_page_as_filed_and_in_progress()
    {
        var city = await factory.OwnCityAsync(GetType());
        var home = factory.ClientFor($"{city.Slug}.localhost");
        var before = await FiguresAsync(home);

        await SubmitAsync(factory.ClientAs(TestPerson.Resident(city.Id), city.Slug), NewRequest(
            await factory.BuildingIdAsync(city.Slug, "kzn-000041"), await factory.CategoryIdAsync(city.Slug, "lift.stuck")));

        var after = await FiguresAsync(home);
        Assert.Equal((0, 0, 0), (before["Обращений за 30 дней"], before["В работе сейчас"], before["Решено за 30 дней"]));
        Assert.Equal((1, 1, 0), (after["Обращений за 30 дней"], after["В работе сейчас"], after["Решено за 30 дней"]));
        Assert.Equal(await BuildingsAsync(city.Slug), after["Домов в реестре"]);
    }

    private Task<int> BuildingsAsync(string city) => factory.QueryAsync(city, db => db.Set<Building>().CountAsync());

    private static async Task<Dictionary<string, int>> FiguresAsync(HttpClient home)
    {
        var response = await home.GetAsync(new Uri("/?lang=ru", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        return Figure().Matches(html).ToDictionary(
            m => WebUtility.HtmlDecode(m.Groups["label"].Value),
            m => int.Parse(Digits().Replace(WebUtility.HtmlDecode(m.Groups["value"].Value), string.Empty), CultureInfo.InvariantCulture));
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
