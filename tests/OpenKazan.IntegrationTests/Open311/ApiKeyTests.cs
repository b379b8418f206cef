using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.IntegrationTests.Requests.Infrastructure;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.Contracts;
using static OpenKazan.IntegrationTests.Open311.Open311Api;

namespace OpenKazan.IntegrationTests.Open311;

/// <summary>Keys issued, listed and revoked by a city's administrator; integrations posting updates.</summary>
public abstract class ApiKeyTests(Open311Factory factory)
{
    private HttpClient Admin(string slug = "kazan") =>
        factory.ClientAs(new TestPerson(Guid.NewGuid(), factory.City(slug).Id, [Roles.TenantAdmin], null, "Admin"), slug);

    private async Task<(Guid Id, string Key)> IssueAsync(object body)
    {
        var response = await Admin().PostAsJsonAsync("/api/open311/keys", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var issued = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (issued["key"]!["id"]!.GetValue<Guid>(), issued["apiKey"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_issued_key_works_until_it_is_revoked()
    {
        var (id, key) = await IssueAsync(new { name = "FixMyStreet" });
        var kazan = factory.ClientFor("kazan.localhost");
        var form = new[] { ("api_key", key), ("service_code", "roof.icicles"), ("address_id", "kzn-000002"), ("media_url", "https://photos.example.org/icicles.jpg") };

        Assert.Equal(HttpStatusCode.OK, (await PostJsonAsync(kazan, "/open311/v2/requests.json", form)).Status);
        var listed = await Admin().GetFromJsonAsync<JsonArray>("/api/open311/keys");
        Assert.Contains(listed!, k => k!["id"]!.GetValue<Guid>() == id && !k.ToJsonString().Contains(key, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.NoContent, (await Admin().DeleteAsync(new Uri($"/api/open311/keys/{id}", UriKind.Relative))).StatusCode);
        AssertError(HttpStatusCode.Forbidden, await PostJsonAsync(kazan, "/open311/v2/requests.json", form), "api_key");
        AssertError(HttpStatusCode.Forbidden, await PostJsonAsync(factory.ClientFor("grozny.localhost"), "/open311/v2/requests.json", form), "api_key");
    }

    [Fact]
    public async Task Only_the_city_administrator_manages_keys()
    {
        var kazan = factory.City("kazan").Id;
        var anonymous = await factory.ClientFor("kazan.localhost").GetAsync(new Uri("/api/open311/keys", UriKind.Relative));
        var resident = await factory.ClientAs(TestPerson.Resident(kazan)).GetAsync(new Uri("/api/open311/keys", UriKind.Relative));
        var otherCity = await factory.ClientAs(new TestPerson(Guid.NewGuid(), kazan, [Roles.TenantAdmin]), "grozny")
            .GetAsync(new Uri("/api/open311/keys", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, resident.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherCity.StatusCode);
    }

    [Fact]
    public async Task An_organisation_integration_posts_updates_that_drive_the_workflow()
    {
        var (_, created) = await PostJsonAsync(factory.ClientFor("kazan.localhost"), "/open311/v2/requests.json",
            ("api_key", KazanKey), ("service_code", "lift.out-of-order"), ("attribute[entrance]", "1"), ("address_id", "kzn-000001"));
        var number = created[0]!["service_request_id"]!.GetValue<string>();
        var organisation = await factory.QueryAsync("kazan", db => db.Set<ServiceRequest>().Where(r => r.Number == number).Select(r => r.OrganisationId).SingleAsync());
        var (_, integration) = await IssueAsync(new { name = "Lift dispatch system", canPostUpdates = true, organisationId = organisation });
        var kazan = factory.ClientFor("kazan.localhost");

        AssertError(HttpStatusCode.BadRequest, await PostJsonAsync(kazan, "/open311/v2/servicerequestupdates.json",
            ("api_key", KazanKey), ("service_request_id", number), ("status", "ACTION_SCHEDULED")), "organisation's integration key");
        AssertError(HttpStatusCode.BadRequest, await PostJsonAsync(kazan, "/open311/v2/servicerequestupdates.json",
            ("api_key", integration), ("service_request_id", number), ("status", "CLOSED")), "CLOSED");
        var (status, update) = await PostJsonAsync(kazan, "/open311/v2/servicerequestupdates.json",
            ("api_key", integration), ("service_request_id", number), ("status", "ACTION_SCHEDULED"), ("description", "Мастер выехал"));

        Assert.Equal(HttpStatusCode.OK, status);
        AssertMatches("service-request-updates", update);
        Assert.Equal("ACTION_SCHEDULED", update[0]!["status"]!.GetValue<string>());
        var stored = await factory.QueryAsync("kazan", db => db.Set<ServiceRequest>().SingleAsync(r => r.Number == number));
        Assert.Equal(RequestStatus.Accepted, stored.Status);
        var (_, comment) = await PostJsonAsync(kazan, "/open311/v2/servicerequestupdates.json",
            ("api_key", integration), ("service_request_id", number), ("description", "Запчасть заказана"));
        Assert.Equal("Запчасть заказана", comment[0]!["description"]!.GetValue<string>());
    }

    /// <summary>Updates racing on one request: each is decided on the state it finds, none is lost or answered with a crash.</summary>
    [Fact]
    public async Task Concurrent_updates_of_an_integration_are_each_decided_on_the_fresh_state()
    {
        var (_, created) = await PostJsonAsync(factory.ClientFor("kazan.localhost"), "/open311/v2/requests.json",
            ("api_key", KazanKey), ("service_code", "lift.out-of-order"), ("attribute[entrance]", "2"), ("address_id", "kzn-000001"));
        var number = created[0]!["service_request_id"]!.GetValue<string>();
        var request = await factory.QueryAsync("kazan", db => db.Set<ServiceRequest>().Where(r => r.Number == number).Select(r => new { r.Id, r.OrganisationId }).SingleAsync());
        var (_, integration) = await IssueAsync(new { name = "Lift dispatch system", canPostUpdates = true, organisationId = request.OrganisationId });

        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => PostJsonAsync(factory.ClientFor("kazan.localhost"),
            "/open311/v2/servicerequestupdates.json", ("api_key", integration), ("service_request_id", number), ("status", "ACTION_SCHEDULED"),
            ("description", $"Бригада {i} выехала"))));

        Assert.All(answers, a => Assert.True(a.Status is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{a.Status}: {a.Body.ToJsonString()}"));
        Assert.Single(answers, a => a.Status == HttpStatusCode.OK);
        var accepted = await factory.QueryAsync("kazan", db => db.Set<RequestEvent>()
            .CountAsync(e => e.RequestId == request.Id && e.Kind == RequestEventKinds.StatusChanged && e.ToStatus == RequestStatus.Accepted));
        Assert.Equal(1, accepted);
        Assert.Equal(RequestStatus.Accepted, (await factory.QueryAsync("kazan", db => db.Set<ServiceRequest>().SingleAsync(r => r.Id == request.Id))).Status);
    }

    [Fact]
    public void Every_open311_endpoint_allows_anonymous_and_key_management_needs_the_administrator()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var open311 = endpoints.Where(e => e.RoutePattern.RawText!.StartsWith("/open311", StringComparison.Ordinal)).ToList();
        var keys = endpoints.Where(e => e.RoutePattern.RawText!.StartsWith("/api/open311", StringComparison.Ordinal)).ToList();

        Assert.Equal(10, open311.Count);
        Assert.All(open311, e => Assert.NotNull(e.Metadata.GetMetadata<IAllowAnonymous>()));
        Assert.Equal(3, keys.Count);
        Assert.All(keys, e => Assert.Contains(e.Metadata.GetOrderedMetadata<IAuthorizeData>(), a => a.Policy == Policies.TenantAdmin));
    }
}

[Collection(Open311SqliteCollection.Name)]
public sealed class SqliteApiKeyTests(SqliteOpen311Factory factory) : ApiKeyTests(factory);

[Collection(Open311PostgresCollection.Name)]
public sealed class PostgresApiKeyTests(PostgresOpen311Factory factory) : ApiKeyTests(factory);
