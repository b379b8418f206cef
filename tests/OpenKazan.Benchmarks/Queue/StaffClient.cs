using System.Buffers;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace OpenKazan.Benchmarks.Queue;

/// <summary>
/// A member of Kazan's staff in a browser on <c>kazan.localhost</c> (connections always go to the host's loopback
/// port): signs in through the login form once, then sends its session cookies with every GET, as the browser does.
/// </summary>
public sealed partial class StaffClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);
    private string _cookieHeader = string.Empty;

    public StaffClient(int port, int connections)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            AllowAutoRedirect = false,
            UseCookies = false,
            ConnectCallback = async (_, token) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), token);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        _http = new HttpClient(handler) { BaseAddress = new Uri($"http://kazan.localhost:{port}/"), Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>Signs in with the login page's form (its antiforgery token included); throws when no session cookie comes back.</summary>
    public async Task SignInAsync(string email, string password, CancellationToken ct)
    {
        using var page = await SendAsync(HttpMethod.Get, "/account/login", null, ct);
        var html = await page.Content.ReadAsStringAsync(ct);
        var token = AntiforgeryToken().Match(html);
        if (!token.Success)
        {
            throw new InvalidOperationException($"The login page ({(int)page.StatusCode}) has no antiforgery token.");
        }

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        });
        using var answer = await SendAsync(HttpMethod.Post, "/account/login", form, ct);
        if (answer.StatusCode != HttpStatusCode.Redirect || !_cookies.Keys.Any(k => k.StartsWith(".OpenKazan.Session", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"{email} could not sign in ({(int)answer.StatusCode}).");
        }
    }

    /// <summary>The page's HTML when it answered 200, else null (an error, a timeout, a redirect to the login page).</summary>
    public async Task<string?> GetTextAsync(string path, CancellationToken ct)
    {
        using var response = await SendAsync(HttpMethod.Get, path, null, ct);
        return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadAsStringAsync(ct) : null;
    }

    /// <summary>The body's length when the answer was 200 with a body, else null; the body is read to the end and thrown away.</summary>
    public async Task<long?> GetAsync(string path, CancellationToken ct)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
            request.Headers.Add("Cookie", _cookieHeader);
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            await using var body = await response.Content.ReadAsStreamAsync(ct);
            long length = 0;
            int read;
            while ((read = await body.ReadAsync(buffer, ct)) > 0)
            {
                length += read;
            }

            return response.StatusCode == HttpStatusCode.OK && length > 0 ? length : null;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException && !ct.IsCancellationRequested)
        {
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public void Dispose() => _http.Dispose();

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
        if (_cookieHeader.Length > 0)
        {
            request.Headers.Add("Cookie", _cookieHeader);
        }

        var response = await _http.SendAsync(request, ct);
        if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
        {
            foreach (var cookie in cookies)
            {
                var pair = cookie.Split(';', 2)[0].Split('=', 2);
                _cookies[pair[0].Trim()] = pair.Length > 1 ? pair[1] : string.Empty;
            }

            _cookieHeader = new StringBuilder().AppendJoin("; ", _cookies.Select(c => $"{c.Key}={c.Value}")).ToString();
        }

        return response;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
