using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace OpenKazan.IntegrationTests.Identity;

/// <summary>
/// A browser over the test server: keeps cookies per host and path like a real one, follows redirects only when
/// asked, and submits forms with their antiforgery token. A client address, when given, travels in a header that
/// factories which care about addresses turn into the connection's remote address.
/// </summary>
public sealed partial class Browser(WebApplicationFactory<Program> factory, string? clientAddress = null)
{
    public const string ClientAddressHeader = "X-Test-Client-Address";

    public CookieContainer Cookies { get; } = new();

    private HttpClient Client => _client ??= NewClient();

    private HttpClient? _client;

    public Task<HttpResponseMessage> GetAsync(string url) => Client.GetAsync(new Uri(url));

    /// <summary>Follows redirects while they stay on the application (any *.localhost host without a port).</summary>
    public async Task<HttpResponseMessage> FollowAsync(string url, int max = 10)
    {
        var response = await GetAsync(url);
        for (var i = 0; i < max && IsRedirect(response) && Location(response) is { } next && next.Host.EndsWith("localhost", StringComparison.Ordinal) && next.IsDefaultPort; i++)
        {
            response = await GetAsync(next.AbsoluteUri);
        }

        return response;
    }

    /// <summary>Loads the page, then posts its form with the given fields plus its antiforgery token.</summary>
    public Task<HttpResponseMessage> SubmitAsync(string pageUrl, IDictionary<string, string> fields) => SubmitAsync(pageUrl, pageUrl, fields);

    /// <summary>Loads the page, then posts the given fields plus its antiforgery token to one of its handlers.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string pageUrl, string postUrl, IDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var page = await GetAsync(pageUrl);
        var html = await page.Content.ReadAsStringAsync();
        var token = AntiforgeryToken().Match(html);
        Assert.True(token.Success, $"No antiforgery token on {pageUrl} ({page.StatusCode}).");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        return await Client.PostAsync(new Uri(postUrl), new FormUrlEncodedContent(form));
    }

    /// <summary>Loads the page, then posts a multipart form with one file plus its antiforgery token to one of its handlers.</summary>
    public async Task<HttpResponseMessage> SubmitFileAsync(string pageUrl, string postUrl, string field, string fileName, byte[] content)
    {
        var html = await (await GetAsync(pageUrl)).Content.ReadAsStringAsync();
        var token = AntiforgeryToken().Match(html);
        Assert.True(token.Success, $"No antiforgery token on {pageUrl}.");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken" },
            { new ByteArrayContent(content), field, fileName },
        };
        return await Client.PostAsync(new Uri(postUrl), form);
    }

    /// <summary>Loads the page, then posts its form as multipart/form-data (a form with a file input) plus its antiforgery token.</summary>
    public async Task<HttpResponseMessage> SubmitMultipartAsync(string pageUrl, IDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var page = await GetAsync(pageUrl);
        var token = AntiforgeryToken().Match(await page.Content.ReadAsStringAsync());
        Assert.True(token.Success, $"No antiforgery token on {pageUrl} ({page.StatusCode}).");
        using var form = new MultipartFormDataContent { { new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return await Client.PostAsync(new Uri(pageUrl), form);
    }

    public async Task SignInAsync(string cityBase, string email, string password = "Demo123!")
    {
        var response = await SubmitAsync($"{cityBase}/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public static bool IsRedirect(HttpResponseMessage response) => (int)response.StatusCode is >= 300 and < 400;

    public static Uri? Location(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Headers.Location is { } location
            ? location.IsAbsoluteUri ? location : new Uri(response.RequestMessage!.RequestUri!, location)
            : null;
    }

    private HttpClient NewClient()
    {
        var client = factory.CreateDefaultClient(new Uri("http://localhost/"), new CookieContainerHandler(Cookies));
        if (clientAddress is not null)
        {
            client.DefaultRequestHeaders.Add(ClientAddressHeader, clientAddress);
        }

        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
