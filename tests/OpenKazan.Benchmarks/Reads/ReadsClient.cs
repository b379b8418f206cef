using System.Buffers;
using System.Net;
using System.Net.Sockets;

namespace OpenKazan.Benchmarks.Reads;

/// <summary>
/// An anonymous visitor of Kazan's public pages and APIs on <c>kazan.localhost</c> (connections always go to the
/// host's loopback port): a GET whose body is read to the end and thrown away, as a browser or scraper would.
/// </summary>
public sealed class ReadsClient : IDisposable
{
    private readonly HttpClient _http;

    public ReadsClient(int port, int connections)
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

    /// <summary>The body's length when the answer was 200 with a body, else null (an error, a timeout, a redirect).</summary>
    public async Task<long?> GetAsync(string path, CancellationToken ct)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            using var response = await _http.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, ct);
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
}
