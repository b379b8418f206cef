using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using OpenKazan.IntegrationTests.Requests.Infrastructure;
using OpenKazan.Requests.Domain;
using static OpenKazan.IntegrationTests.Open311.Open311Api;

namespace OpenKazan.IntegrationTests.Open311;

/// <summary>
/// Done when: a client that knows only a city's discovery URL and its api_key lists services, files a request with
/// lat/long, reads it back with the responsible organisation and the SLA deadline, pages through requests and follows
/// the request's updates, in JSON and in XML.
/// </summary>
public abstract class Open311JourneyTests(Open311Factory factory)
{
    // A few metres from kzn-000001 (ул. Дементьева, д. 2).
    private static readonly (string, string)[] NearDementyeva2 = [("lat", "55.86020"), ("long", "49.05725")];

    [Fact]
    public async Task A_client_goes_from_discovery_to_updates_in_json()
    {
        var client = factory.ClientFor("kazan.localhost");
        var (_, discovery) = await GetJsonAsync(client, "http://kazan.localhost/open311/discovery.json");
        var baseUrl = discovery["endpoints"]!.AsArray().Single(e => e!["type"]!.GetValue<string>() == "production")!["url"]!.GetValue<string>();

        var (_, services) = await GetJsonAsync(client, $"{baseUrl}/services.json");
        var service = services.AsArray().First(s => s!["service_code"]!.GetValue<string>() == "lift.out-of-order")!;
        var (_, definition) = await GetJsonAsync(client, $"{baseUrl}/services/{service["service_code"]}.json");
        var required = definition["attributes"]!.AsArray().Where(a => a!["required"]!.GetValue<bool>()).Select(a => a!["code"]!.GetValue<string>()).ToList();

        var form = new List<(string, string)> { ("api_key", KazanKey), ("service_code", "lift.out-of-order"), ("description", "Лифт не работает") };
        form.AddRange(NearDementyeva2);
        form.AddRange(required.Select(code => ($"attribute[{code}]", "1")));
        var (status, created) = await PostJsonAsync(client, $"{baseUrl}/requests.json", [.. form]);
        Assert.Equal(HttpStatusCode.OK, status);
        var id = created[0]!["service_request_id"]!.GetValue<string>();

        var (_, read) = await GetJsonAsync(client, $"{baseUrl}/requests/{id}.json");
        AssertMatches("service-requests", read);
        var request = read[0]!;
        Assert.Equal("kzn-000001", request["address_id"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(request["agency_responsible"]?.GetValue<string>()));
        Assert.EndsWith("+03:00", request["expected_datetime"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("open", request["status"]!.GetValue<string>());

        await PagesThroughAsync(client, baseUrl, id);
        await AcceptAsOrganisationAsync(id);

        var (_, updates) = await GetJsonAsync(client, $"{baseUrl}/servicerequestupdates.json?service_request_id={id}");
        AssertMatches("service-request-updates", updates);
        Assert.Contains(updates.AsArray(), u => u!["status"]!.GetValue<string>() == "ACTION_SCHEDULED");
        var (_, extended) = await GetJsonAsync(client, $"{baseUrl}/requests/{id}.json?extensions=true");
        AssertMatches("service-requests", extended);
        Assert.Equal("ACTION_SCHEDULED", extended[0]!["extended_attributes"]!["extended_status"]!.GetValue<string>());
        Assert.Contains(extended[0]!["notes"]!.AsArray(), n => n!["status"]?.GetValue<string>() == "ACTION_SCHEDULED");
    }

    [Fact]
    public async Task A_client_goes_from_discovery_to_updates_in_xml()
    {
        var client = factory.ClientFor("kazan.localhost");
        var (_, discovery) = await GetXmlAsync(client, "http://kazan.localhost/open311/discovery.xml");
        var baseUrl = discovery.Root!.Element("endpoints")!.Elements("endpoint").Single(e => e.Element("type")!.Value == "production").Element("url")!.Value;

        var (_, services) = await GetXmlAsync(client, $"{baseUrl}/services.xml");
        Assert.Contains(services.Root!.Elements("service"), s => s.Element("service_code")!.Value == "lift.out-of-order");
        var (status, created) = await PostXmlAsync(client, $"{baseUrl}/requests.xml",
            [("api_key", KazanKey), ("service_code", "lift.out-of-order"), ("attribute[entrance]", "3"), .. NearDementyeva2]);
        Assert.Equal(HttpStatusCode.OK, status);
        var id = created.Root!.Element("request")!.Element("service_request_id")!.Value;

        var (_, read) = await GetXmlAsync(client, $"{baseUrl}/requests/{id}.xml");
        var request = Assert.Single(read.Root!.Elements("request"));
        Assert.Equal("service_requests", read.Root.Name.LocalName);
        Assert.False(string.IsNullOrEmpty(request.Element("agency_responsible")?.Value));
        Assert.NotNull(request.Element("expected_datetime"));
        var (_, page) = await GetXmlAsync(client, $"{baseUrl}/requests.xml?page_size=1");
        Assert.Single(page.Root!.Elements("request"));

        await AcceptAsOrganisationAsync(id);
        var (_, updates) = await GetXmlAsync(client, $"{baseUrl}/servicerequestupdates.xml?service_request_id={id}");
        Assert.Equal("service_request_updates", updates.Root!.Name.LocalName);
        Assert.Contains(updates.Root.Elements("request_update"), u => u.Element("status")!.Value == "ACTION_SCHEDULED");
    }

    /// <summary>Files two more requests, then follows the Link headers one request at a time until the first one shows up.</summary>
    private static async Task PagesThroughAsync(HttpClient client, string baseUrl, string first)
    {
        for (var i = 0; i < 2; i++)
        {
            await PostJsonAsync(client, $"{baseUrl}/requests.json", [("api_key", KazanKey), ("service_code", "roof.icicles"), ("address_id", "kzn-000003"), ("media_url", "https://photos.example.org/icicles.jpg")]);
        }

        var seen = new List<string>();
        Uri? next = new($"{baseUrl}/requests.json?page_size=1");
        while (next is not null && !seen.Contains(first))
        {
            var response = await client.GetAsync(next);
            var page = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
            AssertMatches("service-requests", page);
            Assert.True(page.Count <= 1);
            seen.AddRange(page.Select(r => r!["service_request_id"]!.GetValue<string>()));
            next = response.Headers.TryGetValues("Link", out var links) ? new Uri(links.Single().Split('>')[0].TrimStart('<')) : null;
        }

        Assert.True(seen.Count >= 3, string.Join(", ", seen));
        Assert.Contains(first, seen);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    /// <summary>The responsible organisation accepts the request in the product, as its staff would.</summary>
    private async Task AcceptAsOrganisationAsync(string number)
    {
        var request = await factory.QueryAsync("kazan", db => db.Set<ServiceRequest>().SingleAsync(r => r.Number == number));
        var executor = factory.ClientAs(TestPerson.Executor(factory.City("kazan").Id, request.OrganisationId!.Value));
        var response = await executor.PostAsJsonAsync($"/api/requests/{request.Id}/accept", new { });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}

[Collection(Open311SqliteCollection.Name)]
public sealed class SqliteOpen311JourneyTests(SqliteOpen311Factory factory) : Open311JourneyTests(factory);

[Collection(Open311PostgresCollection.Name)]
public sealed class PostgresOpen311JourneyTests(PostgresOpen311Factory factory) : Open311JourneyTests(factory);
