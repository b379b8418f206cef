using System.Net;
using OpenKazan.IntegrationTests.Identity;
using OpenKazan.IntegrationTests.Infrastructure;

namespace OpenKazan.IntegrationTests.Pages;

/// <summary>The resident's request form over real HTTP: CSRF protection, and validation in the reader's language.</summary>
[Collection(SqliteCollection.Name)]
public sealed class ResidentFormTests(SqliteFactory factory)
{
    private const string Kazan = "http://kazan.localhost";

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var browser = new Browser(factory);
        await browser.SignInAsync(Kazan, "resident@kazan.demo");
        var client = factory.CreateDefaultClient(new Uri($"{Kazan}/"), new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(browser.Cookies));

        var response = await client.PostAsync(new Uri($"{Kazan}/my/requests/new"),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Description"] = "Течёт крыша" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("ru", "Выберите категорию.", "Опишите проблему")]
    [InlineData("tt", "Төркемне сайлагыз.", "Проблеманы тасвирлагыз")]
    [InlineData("en", "Choose a category.", "Describe the problem")]
    public async Task An_incomplete_request_is_answered_with_messages_in_the_chosen_language(string language, string category, string description)
    {
        var browser = new Browser(factory);
        await browser.SignInAsync(Kazan, "resident@kazan.demo");

        var response = await browser.SubmitAsync($"{Kazan}/my/requests/new?lang={language}", new Dictionary<string, string> { ["Description"] = " " });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(category, html, StringComparison.Ordinal);
        Assert.Contains(description, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_status_page_shows_no_personal_data_and_the_request_page_needs_a_sign_in()
    {
        var browser = new Browser(factory);

        var status = await browser.GetAsync($"{Kazan}/status?number=KZN-1900-000001");
        var page = await browser.GetAsync($"{Kazan}/my/requests/KZN-1900-000001");

        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
    }
}
