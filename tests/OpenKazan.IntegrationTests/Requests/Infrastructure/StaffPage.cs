using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace OpenKazan.IntegrationTests.Requests.Infrastructure;

/// <summary>
/// The staff request page (/work/requests/{number}) as one signed-in person's browser: keeps the antiforgery cookie,
/// and posts a handler's form with the token read from the page.
/// </summary>
public sealed partial class StaffPage
{
    private readonly HttpClient _client;
    private readonly string _path;
    private readonly string _language;

    /// <summary>The page of the request, read and posted in the given language (ru, tt or en).</summary>
    public StaffPage(RequestsFactory factory, TestPerson person, string number, string language = "ru")
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(person);
        _client = factory.CreateDefaultClient(new Uri("http://kazan.localhost/"), new CookieContainerHandler(new CookieContainer()));
        person.Apply(_client);
        _path = $"/work/requests/{number}";
        _language = language;
    }

    public Task<string> ReadAsync() => ReadAsync(new Uri($"{_path}?lang={_language}", UriKind.Relative));

    private async Task<string> ReadAsync(Uri url)
    {
        var response = await _client.GetAsync(url);
        await RequestsApi.ExpectAsync(response, HttpStatusCode.OK);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts the fields to the handler with a fresh antiforgery token, as the page's form would.</summary>
    public async Task<HttpResponseMessage> PostAsync(string handler, IDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var token = AntiforgeryToken().Match(await ReadAsync());
        Assert.True(token.Success, $"No antiforgery token on {_path}.");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token.Groups[1].Value };
        return await _client.PostAsync(new Uri($"{_path}?lang={_language}&handler={handler}", UriKind.Relative), new FormUrlEncodedContent(form));
    }

    /// <summary>Posts, expects the redirect of a done action and reads the page it leads to.</summary>
    public async Task<string> ActAsync(string handler, IDictionary<string, string> fields)
    {
        var response = await PostAsync(handler, fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await ReadAsync(response.Headers.Location!);
    }

    /// <summary>Posts a form the page is expected to refuse in words, not with an error status.</summary>
    public async Task<string> RefusedAsync(string handler, IDictionary<string, string> fields)
    {
        var response = await PostAsync(handler, fields);
        await RequestsApi.ExpectAsync(response, HttpStatusCode.OK);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
