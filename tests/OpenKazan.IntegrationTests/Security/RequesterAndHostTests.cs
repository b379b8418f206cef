using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.IntegrationTests.Security;

/// <summary>
/// Who a request says it comes from (a resident files for themselves, on the web, under their own e-mail), what the
/// public Open311 output repeats of it (staff words, never a resident's), and which Host names are served at all.
/// </summary>
public abstract class RequesterAndHostTests(SecurityFactory factory)
{
    [Fact]
    public async Task A_resident_cannot_choose_the_channel_or_file_under_someone_else_s_email()
    {
        var email = await factory.NewAccountAsync(Roles.Resident);
        var (_, api) = await factory.SignedInAsync(email);
        foreach (var channel in new[] { "Open311", "CallCentre" })
        {
            var refused = await api.PostAsJsonAsync("/api/requests", await NewRequestAsync(channel, null));
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("\"channel\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var filed = await api.PostAsJsonAsync("/api/requests", await NewRequestAsync("Web", "neighbour@example.org"));
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        var id = (Guid)JsonNode.Parse(await filed.Content.ReadAsStringAsync())!["request"]!["id"]!;
        var stored = await factory.QueryAsync("kazan", db => db.Set<ServiceRequest>().Where(r => r.Id == id).Select(r => new { r.RequesterEmail, r.Channel }).SingleAsync());
        Assert.Equal(email, stored.RequesterEmail);
        Assert.Equal(RequestChannel.Web, stored.Channel);
    }

    [Fact]
    public async Task Open311_repeats_the_staff_s_comment_but_never_the_resident_s_own_words()
    {
        var (_, resident) = await factory.SignedInAsync(await factory.NewAccountAsync(Roles.Resident));
        var (_, dispatcher) = await factory.SignedInAsync(await factory.NewAccountAsync(Roles.Dispatcher));
        var filed = JsonNode.Parse(await (await resident.PostAsJsonAsync("/api/requests", await NewRequestAsync(null, null))).Content.ReadAsStringAsync())!["request"]!;
        var id = (Guid)filed["id"]!;
        var number = (string)filed["number"]!;
        Assert.Equal(HttpStatusCode.Created, (await resident.PostAsJsonAsync($"/api/requests/{id}/comments", new { text = "Звоните мне на 8-917-555-00-11, я Резеда из 12 квартиры" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await dispatcher.PostAsJsonAsync($"/api/requests/{id}/comments", new { text = "Мастер придёт завтра" })).StatusCode);

        var client = factory.ClientFor("kazan.localhost");
        var updates = await client.GetStringAsync(new Uri($"/open311/v2/servicerequestupdates.json?service_request_id={number}", UriKind.Relative));
        var notes = await client.GetStringAsync(new Uri($"/open311/v2/requests/{number}.json?extensions=true", UriKind.Relative));
        foreach (var output in new[] { updates, notes })
        {
            Assert.Contains("Мастер придёт завтра", output, StringComparison.Ordinal);
            Assert.DoesNotContain("Резеда", output, StringComparison.Ordinal);
            Assert.DoesNotContain("555-00-11", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Only_our_own_host_names_are_served()
    {
        foreach (var (host, status) in new[]
        {
            ("kazan.localhost", HttpStatusCode.OK), ("localhost", HttpStatusCode.OK), ("127.0.0.1", HttpStatusCode.OK),
            ("node-1.internal", HttpStatusCode.OK), ("kazn.localhost", HttpStatusCode.NotFound),
            ("evil.example", HttpStatusCode.BadRequest), ("kazan.localhost.evil.example", HttpStatusCode.BadRequest),
        })
        {
            var response = await factory.ClientFor(host).GetAsync(new Uri("/", UriKind.Relative));
            Assert.True(status == response.StatusCode, $"{host}: {(int)response.StatusCode}");
        }
    }

    private async Task<object> NewRequestAsync(string? channel, string? email) => new
    {
        channel,
        buildingId = await factory.BuildingIdAsync("kazan", "kzn-000007"),
        categoryId = await factory.CategoryIdAsync("kazan", "other.other"),
        description = "Течёт кран на кухне",
        requester = new { name = "Резеда", email },
    };
}

[Collection(SqliteSecurityCollection.Name)]
public sealed class SqliteRequesterAndHostTests(SqliteSecurityFactory factory) : RequesterAndHostTests(factory);

[Collection(PostgresSecurityCollection.Name)]
public sealed class PostgresRequesterAndHostTests(PostgresSecurityFactory factory) : RequesterAndHostTests(factory);
