using System.Net;
using OpenKazan.IntegrationTests.Operations;
using OpenKazan.IntegrationTests.Requests.Infrastructure;

namespace OpenKazan.IntegrationTests.Pages;

/// <summary>
/// A person who opens a wrong link, someone else's request, a stale form or too many pages gets an HTML page of the city,
/// in their language, with ways back and the right status code; the API and Open311 keep their machine formats.
/// </summary>
public abstract class ErrorPagesTests(RequestsFactory factory)
{
    [Theory]
    [InlineData("/nonexistent", "ru", "Страница не найдена")]
    [InlineData("/requests/XYZ", "tt", "Бит табылмады")]
    [InlineData("/my/requests/KZN-1999-999999", "en", "Page not found")]
    public async Task A_wrong_link_shows_the_citys_not_found_page_in_the_readers_language(string path, string language, string title)
    {
        var browser = Browser(factory.ClientAs(TestPerson.Resident(factory.City("kazan").Id)));

        var response = await browser.GetAsync(new Uri($"{path}?lang={language}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await HtmlAsync(response);
        Assert.Contains($"<h1>{title}</h1>", page, StringComparison.Ordinal);
        Assert.Contains($"<html lang=\"{language}\">", page, StringComparison.Ordinal);
        Assert.Contains("data-city=\"kazan\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/my/requests\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/status\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_elses_request_is_not_found_for_a_resident_and_names_nothing_of_it()
    {
        var kazan = factory.City("kazan").Id;
        var owner = factory.ClientAs(TestPerson.Resident(kazan));
        var request = (await RequestsApi.SubmitAsync(owner, RequestsApi.NewRequest(
            await factory.BuildingIdAsync("kazan", "kzn-000001"), await factory.CategoryIdAsync("kazan", "lift.out-of-order"), "Чужой лифт сломан"))).Request;

        var response = await Browser(factory.ClientAs(TestPerson.Resident(kazan))).GetAsync(new Uri($"/my/requests/{request.Number}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await HtmlAsync(response);
        Assert.Contains("Страница не найдена", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Чужой лифт", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_posted_without_its_token_gets_the_bad_request_page()
    {
        var browser = Browser(factory.ClientAs(TestPerson.Resident(factory.City("kazan").Id)));

        var response = await browser.PostAsync(new Uri("/my/requests/new", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Description"] = "без токена" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Не удалось обработать запрос", await HtmlAsync(response), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(500, "Что-то пошло не так")]
    [InlineData(403, "Нет доступа")]
    public async Task The_error_page_opened_directly_tells_its_status(int status, string title)
    {
        var response = await Browser(factory.ClientFor("kazan.localhost")).GetAsync(new Uri($"/error/{status}", UriKind.Relative));

        Assert.Equal((HttpStatusCode)status, response.StatusCode);
        Assert.Contains(title, await HtmlAsync(response), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/requests/00000000-0000-0000-0000-000000000001", "application/problem+json")]
    [InlineData("/api/nonexistent", "application/problem+json")]
    public async Task Programs_keep_problem_json_even_when_they_accept_html(string path, string mediaType)
    {
        var browser = Browser(factory.ClientAs(TestPerson.Resident(factory.City("kazan").Id)));

        var response = await browser.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_program_asking_for_json_gets_problem_json_for_a_missing_page()
    {
        var client = factory.ClientFor("kazan.localhost");
        client.DefaultRequestHeaders.Accept.ParseAdd("application/json");

        var response = await client.GetAsync(new Uri("/nonexistent", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>Asks for pages the way Chromium does when following a link.</summary>
    internal static HttpClient Browser(HttpClient client)
    {
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        return client;
    }

    internal static async Task<string> HtmlAsync(HttpResponseMessage response)
    {
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}

[Collection(SqliteRequestsCollection.Name)]
public sealed class SqliteErrorPagesTests(SqliteRequestsFactory factory) : ErrorPagesTests(factory);

[Collection(PostgresRequestsCollection.Name)]
public sealed class PostgresErrorPagesTests(PostgresRequestsFactory factory) : ErrorPagesTests(factory);

/// <summary>Over the city's limit, a person's browser reads the city's "too many requests" page, with Retry-After.</summary>
[Collection(OperationsCollection.Name)]
public sealed class TooManyRequestsPageTests(OperationsFactory factory)
{
    [Fact]
    public async Task A_browser_over_the_limit_gets_the_citys_page_with_retry_after()
    {
        var browser = ErrorPagesTests.Browser(factory.ClientFor("grozny.localhost"));
        HttpResponseMessage response;
        var tries = 0;
        do
        {
            response = await browser.GetAsync(new Uri("/status?lang=en", UriKind.Relative));
        }
        while (response.StatusCode != HttpStatusCode.TooManyRequests && ++tries <= OperationsFactory.GroznyPermits);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        var page = await ErrorPagesTests.HtmlAsync(response);
        Assert.Contains("<h1>Too many requests</h1>", page, StringComparison.Ordinal);
        Assert.Contains("data-city=\"grozny\"", page, StringComparison.Ordinal);
    }
}
