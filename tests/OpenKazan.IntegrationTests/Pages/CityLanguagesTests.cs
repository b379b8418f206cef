using System.Net;
using OpenKazan.IntegrationTests.Infrastructure;

namespace OpenKazan.IntegrationTests.Pages;

/// <summary>A city offers only its own languages: Grozny speaks Russian and English, so Tatar asked for falls back to Russian.</summary>
public abstract class CityLanguagesTests(OpenKazanFactory factory)
{
    [Theory]
    [InlineData("grozny.localhost", "tt", "ru")]
    [InlineData("grozny.localhost", "en", "en")]
    [InlineData("kazan.localhost", "tt", "tt")]
    public async Task The_switcher_speaks_only_the_citys_languages(string host, string asked, string shown)
    {
        var response = await factory.ClientFor(host).GetAsync(new Uri($"/?lang={asked}", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<html lang=\"{shown}\">", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"?lang={shown}\" lang=\"{shown}\" aria-current=\"true\"", html, StringComparison.Ordinal);
        var remembered = response.Headers.TryGetValues("Set-Cookie", out var cookies) ? string.Join(";", cookies) : "";
        Assert.Equal(asked == shown, remembered.Contains($"uic%3D{asked}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_language_remembered_in_another_city_on_the_shared_host_is_not_forced_on_this_one()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/t/grozny/", UriKind.Relative));
        request.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Dtt%7Cuic%3Dtt");
        var html = await (await factory.ClientFor("localhost").SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"ru\">", html, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteCityLanguagesTests(SqliteFactory factory) : CityLanguagesTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresCityLanguagesTests(PostgresFactory factory) : CityLanguagesTests(factory);
