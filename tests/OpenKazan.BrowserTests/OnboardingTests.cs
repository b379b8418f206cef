using System.IO.Compression;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Identity.Domain;
using OpenKazan.IntegrationTests.Infrastructure;
using OpenKazan.Registry.Domain;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.BrowserTests;

/// <summary>
/// The central team brings Elabuga on board in a real browser through the new-city wizard: broken registry data is
/// refused with file and line, the good package is imported in the background, the city goes live, and a resident
/// files the first request on elabuga.localhost, all on the running server without a restart.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OnboardingTests(BrowserFixture fixture)
{
    private const string Password = "Demo123!";
    private static readonly string PackageFolder = Path.Combine(TestEnvironment.RepositoryRoot, "tests", "OpenKazan.BrowserTests", "Packages", "elabuga");

    [Fact]
    public async Task The_central_team_onboards_Elabuga_through_the_wizard_and_a_resident_files_the_first_request()
    {
        var page = await EnglishPageAsync("localhost");
        await SignInAsync(page, "localhost", "platform@openkazan.demo");

        await page.GotoAsync(fixture.Url("localhost", "/central/new"));
        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));
        await page.GetByLabel("Slug").FillAsync("elabuga");
        await page.GetByLabel("Name in Russian").FillAsync("Елабуга");
        await page.GetByLabel("Name in Tatar").FillAsync("Алабуга");
        await page.GetByLabel("Name in English").FillAsync("Elabuga");
        await page.GetByLabel("Request number prefix").FillAsync("ELB");
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await page.GetByLabel("Primary colour").FillAsync("#1d5c3a");
        await page.GetByLabel("Logo (SVG or PNG, up to 256 KB)").SetInputFilesAsync(Path.Combine(PackageFolder, "logo.svg"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await page.GetByLabel("SLA template").SelectOptionAsync("RU-416");
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();

        await page.GetByLabel("Registry data (zip)").SetInputFilesAsync(BrokenPackageZip());
        await page.GetByRole(AriaRole.Button, new() { Name = "Check (dry run)" }).ClickAsync();
        var report = page.Locator("table.package-errors");
        Assert.Contains("buildings.csv", await report.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("52", await report.Locator("tbody tr").First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("unknown district 'atlantis'", await report.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Null(fixture.Services.GetRequiredService<ITenantStore>().FindBySlug("elabuga"));

        await page.GetByLabel("Registry data (zip)").SetInputFilesAsync(Zip(PackageFolder));
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the city and import" }).ClickAsync();
        await page.Locator("[data-state=Succeeded]").WaitForAsync(new() { Timeout = 30_000 });
        Assert.Contains("50 buildings", await page.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Link, new() { Name = "Open the city" }).ClickAsync();
        Assert.Equal("Onboarding", await page.Locator("[data-status]").GetAttributeAsync("data-status"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Go live" }).ClickAsync();
        Assert.Equal("Active", await page.Locator("[data-status]").GetAttributeAsync("data-status"));
        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "central-elabuga-live.png"), FullPage = true });

        await page.GotoAsync(fixture.Url("localhost", "/central"));
        Assert.Contains("Elabuga", await page.Locator("main table").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));

        await page.GotoAsync(fixture.Url("localhost", "/central/cities/elabuga/rollout"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Tick — Training held" }).ClickAsync();
        foreach (var step in new[] { "DataImported", "TrainingHeld", "GoLive" })
        {
            Assert.Equal("true", await page.Locator($"[data-step={step}]").GetAttributeAsync("data-done"));
        }

        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));
        await page.GotoAsync(fixture.Url("localhost", "/central/training"));
        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));

        var resident = await EnglishPageAsync("elabuga.localhost");
        await SeedResidentAsync("resident@elabuga.test");
        await SignInAsync(resident, "elabuga.localhost", "resident@elabuga.test");
        var (building, category) = await PlaceAndCategoryAsync();

        // Filed from a page of elabuga.localhost with the resident's own session cookie, as the portal's form script does.
        var response = await resident.EvaluateAsync<JsonElement>(
            """
            async body => {
                const response = await fetch('/api/requests', {
                    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
                return { status: response.status, text: await response.text() };
            }
            """,
            new { buildingId = building, categoryId = category, flat = "7", description = "В подъезде не работает лифт" });

        Assert.Equal(201, response.GetProperty("status").GetInt32());
        using var body = JsonDocument.Parse(response.GetProperty("text").GetString()!);
        Assert.Matches(@"^ELB-2026-000001$", body.RootElement.GetProperty("request").GetProperty("number").GetString());
    }

    /// <summary>A page whose culture cookie asks for English on the given host, so the test reads English labels.</summary>
    [Fact]
    public async Task The_wizard_shows_the_slug_format_offers_time_zones_and_keeps_the_file_from_the_dry_run_to_the_import()
    {
        var page = await EnglishPageAsync("localhost");
        await SignInAsync(page, "localhost", "platform@openkazan.demo");
        await page.GotoAsync(fixture.Url("localhost", "/central/new"));

        var slug = page.GetByLabel("Slug");
        await slug.FillAsync("Bad_Slug");
        Assert.True(await slug.EvaluateAsync<bool>("input => input.validity.patternMismatch"), "Chromium did not apply the slug pattern");
        Assert.Contains("2–63", await page.Locator("#slug-format").InnerTextAsync(), StringComparison.Ordinal);
        await slug.FillAsync("zelenodolsk");
        Assert.False(await slug.EvaluateAsync<bool>("input => input.validity.patternMismatch"));
        Assert.Equal("Europe/Moscow", await page.GetByLabel("Time zone").InputValueAsync());
        await page.GetByLabel("Time zone").SelectOptionAsync("Asia/Yekaterinburg");
        await page.GetByLabel("Name in Russian").FillAsync("Зеленодольск");
        await page.GetByLabel("Request number prefix").FillAsync("ZLD");
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();

        await page.GetByLabel("Registry data (zip)").SetInputFilesAsync(Zip(PackageFolder));
        await page.GetByRole(AriaRole.Button, new() { Name = "Check (dry run)" }).ClickAsync();
        await page.Locator("[role=status].notice").WaitForAsync();
        Assert.Contains(".zip", await page.Locator("[data-kept-file]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "central-wizard-kept-file.png"), FullPage = true });

        await page.GetByRole(AriaRole.Button, new() { Name = "Create the city and import" }).ClickAsync();
        await page.Locator("[data-state=Succeeded], [data-state=Failed]").WaitForAsync(new() { Timeout = 60_000 });
        Assert.True(await page.Locator("[data-state=Succeeded]").CountAsync() == 1, await page.Locator("main").InnerTextAsync());
        var city = fixture.Services.GetRequiredService<ITenantStore>().FindBySlug("zelenodolsk");
        Assert.Equal("Asia/Yekaterinburg", city?.TimeZone);
    }

    private async Task<IPage> EnglishPageAsync(string host)
    {
        var page = await fixture.NewPageAsync();
        await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=en|uic=en", Url = fixture.Url(host) }]);
        return page;
    }

    private async Task SignInAsync(IPage page, string host, string email)
    {
        await page.GotoAsync(fixture.Url(host, "/account/login"));
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>An account only: signing in on elabuga.localhost makes the person a resident of Elabuga.</summary>
    private async Task SeedResidentAsync(string email)
    {
        using var scope = fixture.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
        var user = new PlatformUser { UserName = email, Email = email, EmailConfirmed = true, FullName = "Гульнара Сафина" };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
    }

    private async Task<(Guid Building, Guid Category)> PlaceAndCategoryAsync()
    {
        await using var scope = fixture.Services.GetRequiredService<TenantScopeFactory>().Create(
            fixture.Services.GetRequiredService<ITenantStore>().FindBySlug("elabuga")!);
        var db = scope.Services.GetRequiredService<TenantScopedDbContext>();
        var building = await db.Set<Building>().Where(b => b.Code == "elb-000001").Select(b => b.Id).SingleAsync();
        var category = await db.Set<ServiceCategory>().Where(c => c.Code == "lift.out-of-order").Select(c => c.Id).SingleAsync();
        return (building, category);
    }

    /// <summary>The Elabuga package with one building in a district that does not exist, as line 52 of buildings.csv.</summary>
    private static string BrokenPackageZip()
    {
        var folder = Directory.CreateTempSubdirectory("elabuga-broken-").FullName;
        foreach (var file in Directory.GetFiles(PackageFolder))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        File.AppendAllText(Path.Combine(folder, "buildings.csv"), "elb-000051,\"ул. Новая, д. 1\",atlantis,55.76,52.05,uk-elabuga,5,20,2020\n");
        return Zip(folder);
    }

    private static string Zip(string folder)
    {
        var zip = Path.Combine(Path.GetTempPath(), $"package-{Guid.NewGuid():N}.zip");
        ZipFile.CreateFromDirectory(folder, zip);
        return zip;
    }
}
