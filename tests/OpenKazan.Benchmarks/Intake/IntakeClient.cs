using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Npgsql;

namespace OpenKazan.Benchmarks.Intake;

/// <summary>
/// A city's call centre as a machine client: a client-credentials token for Kazan, then request after request through
/// the public intake API on <c>kazan.localhost</c> (connections always go to the host's loopback port).
/// </summary>
public sealed class IntakeClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly Guid[] _buildings;
    private readonly Guid[] _categories;

    private IntakeClient(HttpClient http, Guid[] buildings, Guid[] categories)
    {
        _http = http;
        _buildings = buildings;
        _categories = categories;
    }

    public static async Task<IntakeClient> CreateAsync(int port, int connections, string connectionString, CancellationToken ct)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            ConnectCallback = async (_, token) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), token);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        var http = new HttpClient(handler) { BaseAddress = new Uri($"http://kazan.localhost:{port}/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(http, ct));
        var (buildings, categories) = await KazanRegistryAsync(connectionString, ct);
        return new IntakeClient(http, buildings, categories);
    }

    /// <summary>Files one request for a caller at a random Kazan building; true when the API answered 201 Created.</summary>
    public async Task<bool> SubmitAsync(Random random, CancellationToken ct)
    {
        var body = new
        {
            channel = "CallCentre",
            requester = new { kind = "Person", name = "Абонент Нагрузочный", phone = $"+7 917 {random.Next(1_000_000, 9_999_999)}", consentToContact = true },
            buildingId = _buildings[random.Next(_buildings.Length)],
            flat = random.Next(1, 200).ToString(System.Globalization.CultureInfo.InvariantCulture),
            categoryId = _categories[random.Next(_categories.Length)],
            description = "Нагрузочный тест: течёт кран на кухне, вода капает с утра.",
        };
        try
        {
            using var response = await _http.PostAsJsonAsync("api/requests", body, ct);
            return response.StatusCode == HttpStatusCode.Created;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static async Task<string> TokenAsync(HttpClient http, CancellationToken ct)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "callcentre-kazan",
            ["client_secret"] = "callcentre-kazan-dev-secret",
        });
        using var response = await http.PostAsync(new Uri("connect/token", UriKind.Relative), form, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"No token for the call centre: {(int)response.StatusCode} {text}");
        }

        using var json = JsonDocument.Parse(text);
        return json.RootElement.GetProperty("access_token").GetString()!;
    }

    private static async Task<(Guid[] Buildings, Guid[] Categories)> KazanRegistryAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        var kazan = await ScalarAsync<Guid>(connection, "SELECT \"Id\" FROM catalog_tenants WHERE \"Slug\" = 'kazan'", ct);
        return (await IdsAsync(connection, "buildings", kazan, ct), await IdsAsync(connection, "service_categories", kazan, ct));
    }

    private static async Task<Guid[]> IdsAsync(NpgsqlConnection connection, string table, Guid tenant, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"SELECT \"Id\" FROM {table} WHERE \"TenantId\" = @t ORDER BY \"Id\"", connection);
        command.Parameters.AddWithValue("t", tenant);
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            ids.Add(reader.GetGuid(0));
        }

        return [.. ids];
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync(ct))!;
    }

    public void Dispose() => _http.Dispose();
}
