using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.IntegrationTests.Requests.Infrastructure;
using OpenKazan.Sla;
using OpenKazan.Sla.Policy;
using OpenKazan.Sla.Contracts;

namespace OpenKazan.IntegrationTests.Sla;

/// <summary>
/// The SLA module in the running application: seeded policies, the planner, and the administrators' API. A policy
/// replaced through the API stays replaced, so that test replaces the policy of the class's own city.
/// </summary>
public abstract class SlaTests(RequestsFactory factory)
{
    private static readonly DateTime Registered = new(2026, 3, 5, 13, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("kazan")]
    [InlineData("grozny")]
    [InlineData("innopolis")]
    public async Task Each_demo_city_gets_its_policy_on_first_run(string slug)
    {
        var policy = await factory.InCityAsync(slug, sp => sp.GetRequiredService<SlaPolicyStore>().FindAsync(CancellationToken.None));

        Assert.NotNull(policy);
        Assert.Equal(SlaTemplates.Ru416, policy.Template);
        Assert.True(policy.Version >= 1);
    }

    [Fact]
    public async Task The_planner_uses_the_city_policy()
    {
        var plan = await factory.InCityAsync("kazan", sp => sp.GetRequiredService<ISlaPlanner>()
            .PlanAsync(new SlaSubject("lift.stuck", "lift", "lift", RequestPriority.Emergency), Registered, CancellationToken.None));

        Assert.Equal("lift.stuck", plan.MatchedRule);
        Assert.Equal(Registered.AddDays(1), plan.For(SlaStage.Resolve)!.DueUtc);
    }

    [Theory]
    [InlineData("GET", "/api/sla/policy")]
    [InlineData("PUT", "/api/sla/policy")]
    [InlineData("GET", "/api/sla/preview?category=water.leak")]
    public async Task Anonymous_callers_are_refused(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (method == "PUT")
        {
            request.Content = JsonContent.Create(new { });
        }

        var response = await factory.ClientFor("kazan.localhost").SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Staff_preview_the_deadlines_of_a_category()
    {
        var dispatcher = factory.ClientAs(TestPerson.Dispatcher(factory.City("kazan").Id));

        var preview = await dispatcher.GetFromJsonAsync<JsonElement>(
            new Uri("/api/sla/preview?category=sewerage.blockage&registeredAt=2026-03-05T13:00:00Z", UriKind.Relative));

        Assert.Equal("Emergency", preview.GetProperty("priority").GetString());
        var resolve = preview.GetProperty("stages").EnumerateArray().Single(s => s.GetProperty("stage").GetString() == "Resolve");
        Assert.Equal(new DateTime(2026, 3, 5, 15, 0, 0, DateTimeKind.Utc), resolve.GetProperty("dueUtc").GetDateTime().ToUniversalTime());
    }

    [Fact]
    public async Task A_tenant_admin_replaces_the_policy_and_a_broken_one_is_refused_whole()
    {
        var city = await factory.OwnCityAsync(GetType());
        var admin = factory.ClientAs(new TestPerson(Guid.NewGuid(), city.Id, [Roles.TenantAdmin]), city.Slug);
        var dispatcher = factory.ClientAs(TestPerson.Dispatcher(city.Id), city.Slug);
        var current = SlaTemplates.Json(SlaTemplates.Ru416)!;
        var versionBefore = await factory.InCityAsync(city.Slug, async sp => (await sp.GetRequiredService<SlaPolicyStore>().FindAsync(CancellationToken.None))!.Version);

        var broken = await admin.PutAsync(new Uri("/api/sla/policy", UriKind.Relative), Json(current.Replace("\"accept\"", "\"repair\"", StringComparison.Ordinal)));
        var forbidden = await dispatcher.PutAsync(new Uri("/api/sla/policy", UriKind.Relative), Json(current));
        var saved = await admin.PutAsync(new Uri("/api/sla/policy", UriKind.Relative), Json(current.Replace("\"warningAtPercent\": 80", "\"warningAtPercent\": 75", StringComparison.Ordinal)));
        var read = await dispatcher.GetFromJsonAsync<JsonElement>(new Uri("/api/sla/policy", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal("application/problem+json", broken.Content.Headers.ContentType?.MediaType);
        Assert.Contains("unknown stage 'repair'", await broken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(75, read.GetProperty("policy").GetProperty("warningAtPercent").GetInt32());
        Assert.Equal(versionBefore + 1, read.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_saved_policy_is_served_at_once_to_its_city_and_never_to_another()
    {
        var city = await factory.OwnCityAsync(GetType());
        var kazanBefore = await CurrentWarningAsync("kazan");
        var before = await factory.InCityAsync(city.Slug, sp => sp.GetRequiredService<SlaPolicyStore>().CurrentAsync(CancellationToken.None));
        var changed = before.WarningAtPercent == 70 ? 65 : 70;

        await factory.InCityAsync(city.Slug, sp => sp.GetRequiredService<SlaPolicyStore>().SaveAsync(before with { WarningAtPercent = changed }, CancellationToken.None));

        Assert.Equal(changed, await CurrentWarningAsync(city.Slug));
        Assert.Equal(kazanBefore, await CurrentWarningAsync("kazan"));
    }

    private Task<int> CurrentWarningAsync(string slug) =>
        factory.InCityAsync(slug, async sp => (await sp.GetRequiredService<SlaPolicyStore>().CurrentAsync(CancellationToken.None)).WarningAtPercent);

    private static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}

[Collection(SqliteRequestsCollection.Name)]
public sealed class SqliteSlaTests(SqliteRequestsFactory factory) : SlaTests(factory);
