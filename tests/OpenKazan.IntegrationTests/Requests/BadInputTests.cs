using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenKazan.IntegrationTests.Requests.Infrastructure;
using OpenKazan.Requests.Domain;
using static OpenKazan.IntegrationTests.Requests.Infrastructure.RequestsApi;

namespace OpenKazan.IntegrationTests.Requests;

/// <summary>Malformed and hostile input: always a clear 4xx problem+json, never a 500, and nothing changes.</summary>
public abstract class BadInputTests(RequestsFactory factory)
{
    [Fact]
    public async Task Every_bad_input_gets_a_problem_and_changes_nothing()
    {
        var kazan = factory.City("kazan").Id;
        var building = await factory.BuildingIdAsync("kazan", "kzn-000007");
        var category = await factory.CategoryIdAsync("kazan", "other.other");
        var resident = factory.ClientAs(TestPerson.Resident(kazan));
        var executor = factory.ClientAs(TestPerson.Executor(kazan, await factory.OrganisationIdAsync("kazan", "kazanliftservice")));
        var existing = (await SubmitAsync(resident, NewRequest(building, category))).Request;
        var before = await CountsAsync(existing.Id);

        var valid = $$$"""{"buildingId":"{{{building}}}","categoryId":"{{{category}}}","description":"Течёт кран","requester":{"name":"А"}}""";
        (string Method, string Path, string? Body, string? ContentType, HttpClient Client)[] cases =
        [
            ("POST", "/api/requests", "{", "application/json", resident),
            ("POST", "/api/requests", "null", "application/json", resident),
            ("POST", "/api/requests", "[]", "application/json", resident),
            ("POST", "/api/requests", "\"text\"", "application/json", resident),
            ("POST", "/api/requests", "{}", "application/json", resident),
            ("POST", "/api/requests", valid, "text/plain", resident),
            ("POST", "/api/requests", valid.Replace("Течёт кран", new string('x', 4001), StringComparison.Ordinal), "application/json", resident),
            ("POST", "/api/requests", valid.Replace("Течёт кран", "   ", StringComparison.Ordinal), "application/json", resident),
            ("POST", "/api/requests", valid.Replace($"\"{building}\"", "\"not-a-guid\"", StringComparison.Ordinal), "application/json", resident),
            ("POST", "/api/requests", valid.Replace($"\"{building}\"", $"\"{Guid.NewGuid()}\"", StringComparison.Ordinal), "application/json", resident),
            ("POST", "/api/requests", valid.Replace($"\"{category}\"", $"\"{Guid.NewGuid()}\"", StringComparison.Ordinal), "application/json", resident),
            ("POST", "/api/requests", valid.Replace("\"buildingId\"", "\"latitude\":91,\"longitude\":500,\"x\"", StringComparison.Ordinal).Replace($"\"{building}\",", "1,", StringComparison.Ordinal), "application/json", resident),
            ("POST", "/api/requests", """{"latitude":0,"longitude":0,"categoryId":"00000000-0000-0000-0000-000000000001","description":"x"}""", "application/json", resident),
            ("POST", "/api/requests", valid.Replace("{\"name\":\"А\"}", "{\"name\":\"А\",\"email\":\"not-an-email\",\"phone\":\"<script>\"}", StringComparison.Ordinal), "application/json", resident),
            ("POST", "/api/requests", valid.Replace("\"buildingId\"", "\"channel\":\"Pigeon\",\"buildingId\"", StringComparison.Ordinal), "application/json", resident),
            ("POST", "/api/requests", valid.Replace("\"buildingId\"", "\"channel\":\"CallCentre\",\"buildingId\"", StringComparison.Ordinal), "application/json", resident),
            ("POST", "/api/requests", valid.Replace("\"buildingId\"", "\"flat\":\"" + new string('9', 40) + "\",\"buildingId\"", StringComparison.Ordinal), "application/json", resident),
            ("POST", "/api/requests", valid.Replace("{\"name\":\"А\"}", "{\"name\":\"А\",\"kind\":\"Robot\"}", StringComparison.Ordinal), "application/json", resident),
            ("POST", "/api/requests", valid.Replace("\"Течёт кран\"", "42", StringComparison.Ordinal), "application/json", resident),
            ("POST", "/api/requests/duplicates", "{}", "application/json", resident),
            ("POST", "/api/requests/duplicates", "{", "application/json", resident),
            ("GET", "/api/requests?status=Nonsense", null, null, resident),
            ("GET", "/api/requests?take=100000", null, null, resident),
            ("GET", "/api/requests?take=abc", null, null, resident),
            ("GET", $"/api/requests/{Guid.NewGuid()}", null, null, resident),
            ("GET", "/api/requests/not-a-guid", null, null, resident),
            ("GET", "/api/requests/status/" + new string('K', 100), null, null, resident),
            ("POST", $"/api/requests/{existing.Id}/accept", null, null, resident),
            ("POST", $"/api/requests/{existing.Id}/confirm", "{}", "application/json", resident),
            ("POST", $"/api/requests/{existing.Id}/cancel", "{\"version\":\"abc\"}", "application/json", resident),
            ("POST", $"/api/requests/{existing.Id}/cancel", "{\"version\":12345}", "application/json", resident),
            ("POST", $"/api/requests/{existing.Id}/reopen", "{\"reason\":\"x\"}", "application/json", resident),
            ("POST", $"/api/requests/{existing.Id}/cancel", "{\"reason\":\"" + new string('x', 5000) + "\"}", "application/json", resident),
            ("POST", $"/api/requests/{existing.Id}/resolve", "{\"report\":\"done\"}", "application/json", executor),
            ("POST", $"/api/requests/{existing.Id}/reroute", "{\"reason\":\"x\"}", "application/json", resident),
            ("POST", $"/api/requests/{existing.Id}/comments", "{\"text\":\"\"}", "application/json", resident),
            ("POST", $"/api/requests/{existing.Id}/comments", "{\"text\":\"" + new string('x', 4001) + "\"}", "application/json", resident),
            ("POST", $"/api/requests/{existing.Id}/comments", "{\"text\":1}", "application/json", resident),
            ("POST", $"/api/requests/{existing.Id}/attachments", "#!/bin/sh\nrm -rf /", "application/octet-stream", resident),
            ("POST", $"/api/requests/{existing.Id}/attachments?name=photo.jpg", "<svg onload=alert(1)>", "image/jpeg", resident),
            ("POST", $"/api/requests/{existing.Id}/attachments", "%PDF-1.4", "text/plain", resident),
            ("POST", $"/api/requests/{existing.Id}/attachments", "", "application/octet-stream", resident),
            ("POST", $"/api/requests/{existing.Id}/attachments?report=true", "%PDF-1.4", "application/pdf", resident),
            ("GET", $"/api/requests/{existing.Id}/attachments/{Guid.NewGuid()}", null, null, resident),
            ("POST", $"/api/notifications/{Guid.NewGuid()}/read", null, null, resident),
            ("GET", "/api/requests/callers?phone=12", null, null, factory.ClientAs(TestPerson.Operator(kazan))),
        ];

        foreach (var (method, path, body, contentType, client) in cases)
        {
            using var message = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
            if (body is not null)
            {
                message.Content = new StringContent(body, Encoding.UTF8);
                message.Content.Headers.ContentType = contentType is null ? null : new MediaTypeHeaderValue(contentType);
            }

            var response = await client.SendAsync(message);
            await ExpectProblemAsync(response, $"{method} {path} {(body?.Length > 80 ? body[..80] : body)}");
        }

        Assert.Equal(before, await CountsAsync(existing.Id));
        var after = await GetAsync<Request>(resident, $"/api/requests/{existing.Id}");
        Assert.Equal(existing.Version, after.Version);
    }

    [Fact]
    public async Task Files_are_typed_by_their_content_and_served_only_to_those_who_see_the_request()
    {
        var kazan = factory.City("kazan").Id;
        var resident = factory.ClientAs(TestPerson.Resident(kazan));
        var request = (await SubmitAsync(resident, NewRequest(
            await factory.BuildingIdAsync("kazan", "kzn-000008"), await factory.CategoryIdAsync("kazan", "other.other")))).Request;
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 1, 2, 3];
        using var content = new ByteArrayContent(png);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");

        var upload = await resident.PostAsync(new Uri($"/api/requests/{request.Id}/attachments?name=../../etc/passwd.png", UriKind.Relative), content);
        await ExpectAsync(upload, System.Net.HttpStatusCode.Created);
        var location = upload.Headers.Location!.ToString();
        var download = await resident.GetAsync(new Uri(location, UriKind.Relative));
        await ExpectAsync(download, System.Net.HttpStatusCode.OK);
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(png, await download.Content.ReadAsByteArrayAsync());

        var stranger = factory.ClientAs(TestPerson.Resident(kazan));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await stranger.GetAsync(new Uri(location, UriKind.Relative))).StatusCode);
        var grozny = factory.ClientAs(TestPerson.Dispatcher(factory.City("grozny").Id), "grozny");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await grozny.GetAsync(new Uri(location, UriKind.Relative))).StatusCode);
    }

    /// <summary>Everything a bad call could have written; other tests' requests may get SLA events meanwhile, so only this one is counted.</summary>
    private Task<(int Requests, int Events, int Comments, int Attachments, int Outbox)> CountsAsync(Guid id) =>
        factory.QueryAsync("kazan", async db => (
            await db.Set<ServiceRequest>().CountAsync(),
            await db.Set<RequestEvent>().CountAsync(e => e.RequestId == id),
            await db.Set<RequestComment>().CountAsync(c => c.RequestId == id),
            await db.Set<RequestAttachment>().CountAsync(a => a.RequestId == id),
            await db.Set<OpenKazan.Requests.Notifications.OutboxMessage>().CountAsync(m => m.RequestId == id)));
}

[Collection(SqliteRequestsCollection.Name)]
public sealed class SqliteBadInputTests(SqliteRequestsFactory factory) : BadInputTests(factory);

[Collection(PostgresRequestsCollection.Name)]
public sealed class PostgresBadInputTests(PostgresRequestsFactory factory) : BadInputTests(factory);
