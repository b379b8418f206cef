using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace OpenKazan.IntegrationTests.ScaleOut;

/// <summary>
/// A browser in front of a cluster: one cookie jar for all nodes (as behind a load balancer, where nodes differ only
/// by port here), and every host name (<c>kazan.localhost</c>, <c>localhost</c>) connected to 127.0.0.1.
/// </summary>
public sealed partial class ClusterClient : IDisposable
{
    private readonly HttpClient _client;

    public ClusterClient()
    {
        var handler = new SocketsHttpHandler
        {
            CookieContainer = new CookieContainer(),
            AllowAutoRedirect = false,
            ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, context.DnsEndPoint.Port), ct);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        _client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
    }

    public static Uri Url(string host, HostNode node, string path) => new($"http://{host}:{node.Port}{path}");

    /// <summary>Signs in through the login form (with its antiforgery token) on the given node.</summary>
    public async Task SignInAsync(string host, HostNode node, string email, string password = "Demo123!")
    {
        ArgumentNullException.ThrowIfNull(node);
        var login = Url(host, node, "/account/login");
        var html = await (await _client.GetAsync(login)).Content.ReadAsStringAsync();
        var token = AntiforgeryToken().Match(html);
        Assert.True(token.Success, $"No antiforgery token on {login}.");
        var response = await _client.PostAsync(login, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public Task<HttpResponseMessage> GetAsync(Uri url, string? bearer = null) => SendAsync(new HttpRequestMessage(HttpMethod.Get, url), bearer);

    public Task<HttpResponseMessage> PostJsonAsync(Uri url, object body) => _client.PostAsJsonAsync(url, body);

    public Task<HttpResponseMessage> PutJsonAsync(Uri url, object body) => _client.PutAsJsonAsync(url, body);

    public Task<HttpResponseMessage> PostFormAsync(Uri url, IDictionary<string, string> form) => _client.PostAsync(url, new FormUrlEncodedContent(form));

    public void Dispose() => _client.Dispose();

    private Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string? bearer)
    {
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return _client.SendAsync(request);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
