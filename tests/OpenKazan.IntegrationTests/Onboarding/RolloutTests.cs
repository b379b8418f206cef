using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.IntegrationTests.Identity;
using OpenKazan.IntegrationTests.Infrastructure;
using OpenKazan.Requests.Domain;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.IntegrationTests.Onboarding;

/// <summary>The rollout checklist and training records in the central area, on every engine.</summary>
public abstract class RolloutTests(OpenKazanFactory factory)
{
    private const string Central = "http://localhost";

    [Fact]
    public async Task Derived_steps_reflect_the_city_data()
    {
        var platform = await PlatformAsync();
        var kazan = await RolloutPageAsync(platform, "kazan");
        Assert.Contains(Step("DataImported", done: true), kazan, StringComparison.Ordinal);
        Assert.Contains(Step("StaffInvited", done: true), kazan, StringComparison.Ordinal);
        Assert.Contains(Step("GoLive", done: true), kazan, StringComparison.Ordinal);
        Assert.Contains(Step("TestRequestsFiled", done: await HasRequestsAsync("kazan")), kazan, StringComparison.Ordinal);

        var slug = await NewCityAsync();
        var empty = await RolloutPageAsync(platform, slug);
        foreach (var step in new[] { "DataImported", "StaffInvited", "TrainingHeld", "TestRequestsFiled", "GoLive" })
        {
            Assert.Contains(Step(step, done: false), empty, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_manual_tick_is_recorded_with_who_and_when()
    {
        var platform = await PlatformAsync();
        var slug = await NewCityAsync();
        var ticked = await platform.SubmitAsync($"{Central}/central/cities/{slug}/rollout", $"{Central}/central/cities/{slug}/rollout?handler=Tick",
            new Dictionary<string, string> { ["step"] = "TrainingHeld", ["done"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, ticked.StatusCode);

        var html = await RolloutPageAsync(platform, slug);
        var row = html[html.IndexOf(Step("TrainingHeld", done: true), StringComparison.Ordinal)..];
        Assert.Contains("platform@openkazan.demo", row[..row.IndexOf("</tr>", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains(Today, row, StringComparison.Ordinal);

        var derived = await platform.SubmitAsync($"{Central}/central/cities/{slug}/rollout?lang=en", $"{Central}/central/cities/{slug}/rollout?handler=Tick&lang=en",
            new Dictionary<string, string> { ["step"] = "DataImported", ["done"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, derived.StatusCode);
        Assert.Contains(Step("DataImported", done: false), await RolloutPageAsync(platform, slug), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attending_a_session_certifies_for_the_course_role_and_withdrawing_it_withdraws_the_certificate()
    {
        var platform = await PlatformAsync();
        var title = "Operator course " + Guid.NewGuid().ToString("N")[..8];
        await platform.SubmitAsync($"{Central}/central/training", $"{Central}/central/training?handler=Course",
            new Dictionary<string, string> { ["title"] = title, ["role"] = "Operator" });
        var training = await (await platform.GetAsync($"{Central}/central/training")).Content.ReadAsStringAsync();
        var courseId = CourseId(training, title);

        var created = await platform.SubmitAsync($"{Central}/central/training", $"{Central}/central/training?handler=Session",
            new Dictionary<string, string> { ["courseId"] = courseId, ["city"] = "grozny", ["heldOn"] = "2026-11-20", ["trainer"] = "Trainer T." });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var session = Browser.Location(created)!.AbsoluteUri;
        Assert.Contains("/central/training/sessions/", session, StringComparison.Ordinal);

        await MarkAsync(platform, session, attended: true);
        var certified = "data-certified=\"operator@grozny.demo:Operator\"";
        Assert.Contains(certified, await RolloutPageAsync(platform, "grozny"), StringComparison.Ordinal);
        Assert.DoesNotContain(certified, await RolloutPageAsync(platform, "kazan"), StringComparison.Ordinal);
        Assert.Contains("data-attended=\"true\"", await (await platform.GetAsync(session)).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await MarkAsync(platform, session, attended: false);
        Assert.DoesNotContain(certified, await RolloutPageAsync(platform, "grozny"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_explicit_certification_is_recorded_and_a_bad_session_gets_a_readable_message()
    {
        var platform = await PlatformAsync();
        var slug = await NewCityAsync();
        var certified = await platform.SubmitAsync($"{Central}/central/cities/{slug}/rollout", $"{Central}/central/cities/{slug}/rollout?handler=Certify",
            new Dictionary<string, string> { ["attendee"] = "dispatcher@trained.test", ["role"] = "Dispatcher" });
        Assert.Equal(HttpStatusCode.Redirect, certified.StatusCode);
        var html = await RolloutPageAsync(platform, slug);
        Assert.Contains("data-certified=\"dispatcher@trained.test:Dispatcher\"", html, StringComparison.Ordinal);
        Assert.Contains("platform@openkazan.demo", html, StringComparison.Ordinal);

        var bad = await platform.SubmitAsync($"{Central}/central/training?lang=en", $"{Central}/central/training?handler=Session&lang=en",
            new Dictionary<string, string> { ["courseId"] = "not-a-guid", ["city"] = "kazan", ["heldOn"] = "not a date", ["trainer"] = string.Empty });
        Assert.Equal(HttpStatusCode.Redirect, bad.StatusCode);
        var page = await (await platform.GetAsync($"{Central}/central/training?lang=en")).Content.ReadAsStringAsync();
        Assert.Contains("Give a course, a city, a date and a trainer.", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/central/training")]
    [InlineData("/central/cities/kazan/rollout")]
    public async Task City_staff_are_refused_and_a_city_host_has_no_such_page(string path)
    {
        var admin = new Browser(factory);
        await admin.SignInAsync(Central, "admin@kazan.demo");
        Assert.NotEqual(HttpStatusCode.OK, (await admin.GetAsync(Central + path)).StatusCode);

        var platform = new Browser(factory);
        await platform.SignInAsync("http://kazan.localhost", "platform@openkazan.demo");
        Assert.Equal(HttpStatusCode.NotFound, (await platform.GetAsync("http://kazan.localhost" + path)).StatusCode);
    }

    [Fact]
    public async Task The_overview_shows_the_go_live_date_and_the_checklist_progress()
    {
        var platform = await PlatformAsync();
        var slug = await NewCityAsync();
        var moved = await platform.SubmitAsync($"{Central}/central/cities/{slug}", $"{Central}/central/cities/{slug}?handler=Move",
            new Dictionary<string, string> { ["target"] = "Active" });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);

        var html = await (await platform.GetAsync($"{Central}/central")).Content.ReadAsStringAsync();
        var row = html[html.IndexOf($"/central/cities/{slug}\"", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains($"<td data-go-live>{Today}</td>", row, StringComparison.Ordinal);
        Assert.Contains($"/central/cities/{slug}/rollout\">1/5</a>", row, StringComparison.Ordinal);
    }

    private string Today =>
        factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Step(string step, bool done) => $"data-step=\"{step}\" data-done=\"{(done ? "true" : "false")}\"";

    private static string CourseId(string html, string title)
    {
        var end = html.IndexOf($">{title}</option>", StringComparison.Ordinal);
        var start = html.LastIndexOf("value=\"", end, StringComparison.Ordinal) + "value=\"".Length;
        return html[start..html.IndexOf('"', start)];
    }

    private static async Task MarkAsync(Browser platform, string session, bool attended)
    {
        var response = await platform.SubmitAsync(session, $"{session}?handler=Attendance",
            new Dictionary<string, string> { ["attendee"] = "Operator@grozny.demo", ["attended"] = attended ? "true" : "false" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static async Task<string> RolloutPageAsync(Browser platform, string slug)
    {
        var response = await platform.GetAsync($"{Central}/central/cities/{slug}/rollout");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<bool> HasRequestsAsync(string slug)
    {
        var city = factory.Services.GetRequiredService<ITenantStore>().FindBySlug(slug)!;
        await using var scope = factory.Services.GetRequiredService<TenantScopeFactory>().Create(city);
        return await scope.Services.GetRequiredService<TenantScopedDbContext>().Set<ServiceRequest>().AnyAsync();
    }

    /// <summary>An empty city in onboarding, so its checklist starts from nothing.</summary>
    private async Task<string> NewCityAsync()
    {
        var slug = "rollout-" + Guid.NewGuid().ToString("N")[..8];
        using var scope = factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<TenantCatalog>().UpsertAsync(new TenantInfo
        {
            Id = Guid.NewGuid(),
            Slug = slug,
            Names = new Dictionary<string, string> { ["ru"] = slug, ["en"] = slug },
            RequestNumberPrefix = "RT",
        }, logo: null, CancellationToken.None);
        return slug;
    }

    private async Task<Browser> PlatformAsync()
    {
        var platform = new Browser(factory);
        await platform.SignInAsync(Central, "platform@openkazan.demo");
        return platform;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteRolloutTests(SqliteFactory factory) : RolloutTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresRolloutTests(PostgresFactory factory) : RolloutTests(factory);
