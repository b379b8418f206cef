using System.Net;
using System.Net.Http.Json;
using OpenKazan.BuildingBlocks;
using OpenKazan.IntegrationTests.Identity;
using OpenKazan.IntegrationTests.Infrastructure;

namespace OpenKazan.IntegrationTests.Onboarding;

/// <summary>The central pages: central team only, base host only, server folders only under the packages root.</summary>
[Collection(SqliteCollection.Name)]
public sealed class CentralAreaTests(SqliteFactory factory)
{
    private const string Central = "http://localhost";

    [Fact]
    public async Task Anonymous_visitors_and_city_staff_cannot_open_the_central_area()
    {
        var anonymous = new Browser(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync($"{Central}/central")).StatusCode);

        var admin = new Browser(factory);
        await admin.SignInAsync(Central, "admin@kazan.demo");
        Assert.NotEqual(HttpStatusCode.OK, (await admin.GetAsync($"{Central}/central")).StatusCode);
    }

    [Fact]
    public async Task The_central_area_does_not_exist_on_a_city_host()
    {
        var platform = new Browser(factory);
        await platform.SignInAsync("http://kazan.localhost", "platform@openkazan.demo");

        Assert.Equal(HttpStatusCode.NotFound, (await platform.GetAsync("http://kazan.localhost/central")).StatusCode);
    }

    [Fact]
    public async Task The_overview_lists_every_city()
    {
        var platform = await PlatformAsync();
        var html = await (await platform.GetAsync($"{Central}/central")).Content.ReadAsStringAsync();

        foreach (var slug in new[] { "kazan", "grozny", "innopolis" })
        {
            Assert.Contains($"/central/cities/{slug}", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("../tenants")]
    [InlineData("..")]
    [InlineData("/etc")]
    [InlineData("kazan/../grozny")]
    public async Task A_server_folder_outside_the_packages_root_is_refused(string folder)
    {
        var platform = await PlatformAsync();
        var response = await platform.SubmitAsync($"{Central}/central/import?lang=en", $"{Central}/central/import?handler=DryRun&lang=en",
            new Dictionary<string, string> { ["Folder"] = folder });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("There is no such package folder on the server.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dry_run_of_a_server_folder_reports_a_valid_package()
    {
        var platform = await PlatformAsync();
        var response = await platform.SubmitAsync($"{Central}/central/import?lang=en", $"{Central}/central/import?handler=DryRun&lang=en",
            new Dictionary<string, string> { ["Folder"] = "innopolis" });

        Assert.Contains("has no errors. Nothing was written.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_runs_in_the_background_and_its_page_follows_it_to_the_end()
    {
        var platform = await PlatformAsync();
        var started = await platform.SubmitAsync($"{Central}/central/import", $"{Central}/central/import?handler=Import",
            new Dictionary<string, string> { ["Folder"] = "innopolis" });
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var progress = Browser.Location(started)!.AbsoluteUri;

        var html = await Eventually.UntilAsync(
            async () => await (await platform.GetAsync(progress)).Content.ReadAsStringAsync(),
            page => page.Contains("data-state=\"Succeeded\"", StringComparison.Ordinal), TimeSpan.FromSeconds(30), "the import to succeed");

        Assert.Contains("/central/cities/innopolis", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_feature_switched_in_the_central_area_takes_effect_at_once_without_a_restart()
    {
        var platform = await PlatformAsync();
        var city = await factory.OwnCityAsync(GetType());
        var client = factory.ClientFor($"{city.Slug}.localhost");
        Assert.True(await IsEnabledAsync(client, CityFeatures.PublicMap));

        var response = await platform.SubmitAsync($"{Central}/central/cities/{city.Slug}", $"{Central}/central/cities/{city.Slug}?handler=Feature",
            new Dictionary<string, string> { ["feature"] = CityFeatures.PublicMap, ["enabled"] = "false" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await IsEnabledAsync(client, CityFeatures.PublicMap));
        Assert.True(await IsEnabledAsync(factory.ClientFor("grozny.localhost"), CityFeatures.PublicMap));
    }

    private async Task<Browser> PlatformAsync()
    {
        var platform = new Browser(factory);
        await platform.SignInAsync(Central, "platform@openkazan.demo");
        return platform;
    }

    private static async Task<bool> IsEnabledAsync(HttpClient client, string feature)
    {
        var states = await client.GetFromJsonAsync<List<State>>(new Uri("/api/features", UriKind.Relative));
        return states!.Single(s => s.Name == feature).Enabled;
    }

    private sealed record State(string Name, bool Enabled);
}
