using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.IntegrationTests.Requests.Infrastructure;
using static OpenKazan.IntegrationTests.Open311.Open311Api;

namespace OpenKazan.IntegrationTests.Open311;

/// <summary>
/// An integration's quota is one for the whole deployment: a second host on the same database (its own services and
/// memory, as a second pod) counts on from the first one's calls, so two nodes together let through the quota and at
/// most the documented overshoot (each node folds its calls into the shared count every third call:
/// 2 × (3 − 1) calls), then both refuse until the window ends.
/// </summary>
public abstract class SharedQuotaTests(SharedQuotaFactory factory)
{
    private const int Overshoot = 2 * (SharedQuotaFactory.FoldEvery - 1);

    [Fact]
    public async Task A_key_s_calls_through_two_nodes_share_one_quota_another_key_keeps_its_own_and_the_window_ends()
    {
        await using var nodeB = factory.WithWebHostBuilder(_ => { });
        var (first, second) = (await IssueAsync("Quota-A"), await IssueAsync("Quota-B"));
        var nodes = new[] { factory.ClientFor("kazan.localhost"), Kazan(nodeB) };

        var answers = await TakeTurnsAsync(nodes, $"/open311/discovery.json?api_key={first}");

        AssertQuotaShared(answers);
        var refused = await GetJsonAsync(nodes[1], $"/open311/v2/requests.json?api_key={first}");
        AssertError(HttpStatusCode.TooManyRequests, refused, "Rate limit reached for api_key 'Quota-A'");
        var retryAfter = (await nodes[0].GetAsync(new Uri($"/open311/discovery.json?api_key={first}", UriKind.Relative))).Headers.RetryAfter?.Delta;
        Assert.InRange(retryAfter ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        foreach (var node in nodes)
        {
            Assert.Equal(HttpStatusCode.OK, (await GetJsonAsync(node, $"/open311/discovery.json?api_key={second}")).Status);
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        foreach (var node in nodes)
        {
            Assert.Equal(HttpStatusCode.OK, (await GetJsonAsync(node, $"/open311/v2/requests.json?api_key={first}")).Status);
        }
    }

    [Fact]
    public async Task Calls_without_a_key_from_one_address_share_one_quota_per_city_across_nodes()
    {
        await using var nodeB = factory.WithWebHostBuilder(_ => { });
        var nodes = new[] { factory.ClientFor("grozny.localhost"), nodeB.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://grozny.localhost") }) };

        var answers = await TakeTurnsAsync(nodes, "/open311/discovery.xml");

        AssertQuotaShared(answers);
        AssertXmlError(HttpStatusCode.TooManyRequests, await GetXmlAsync(nodes[0], "/open311/discovery.xml"));
        Assert.Equal(HttpStatusCode.OK, (await GetJsonAsync(Kazan(nodeB), "/open311/discovery.json")).Status);
    }

    /// <summary>Calls through the nodes in turn: the quota, the overshoot, and enough more for each node to fold and learn.</summary>
    private static async Task<List<HttpStatusCode>> TakeTurnsAsync(HttpClient[] nodes, string path)
    {
        var answers = new List<HttpStatusCode>();
        for (var call = 0; call < SharedQuotaFactory.Permits + Overshoot + (nodes.Length * SharedQuotaFactory.FoldEvery); call++)
        {
            answers.Add((await nodes[call % nodes.Length].GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
        }

        return answers;
    }

    private static void AssertQuotaShared(List<HttpStatusCode> answers)
    {
        Assert.All(answers.Take(SharedQuotaFactory.Permits), a => Assert.Equal(HttpStatusCode.OK, a));
        Assert.InRange(answers.Count(a => a == HttpStatusCode.OK), SharedQuotaFactory.Permits, SharedQuotaFactory.Permits + Overshoot);
        Assert.Equal([HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], answers.TakeLast(2));
    }

    private static HttpClient Kazan(WebApplicationFactory<Program> node) =>
        node.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://kazan.localhost") });

    private async Task<string> IssueAsync(string name)
    {
        var admin = factory.ClientAs(new TestPerson(Guid.NewGuid(), factory.City("kazan").Id, [Roles.TenantAdmin], null, "Admin"));
        var response = await admin.PostAsJsonAsync("/api/open311/keys", new { name });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["apiKey"]!.GetValue<string>();
    }
}

[Collection(SqliteSharedQuotaCollection.Name)]
public sealed class SqliteSharedQuotaTests(SqliteSharedQuotaFactory factory) : SharedQuotaTests(factory);

[Collection(PostgresSharedQuotaCollection.Name)]
public sealed class PostgresSharedQuotaTests(PostgresSharedQuotaFactory factory) : SharedQuotaTests(factory);
