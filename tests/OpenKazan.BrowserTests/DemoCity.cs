using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Registry.Domain;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Registry.Contracts;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.BrowserTests;

/// <summary>A building the demo executor's organisation manages, and a category that falls to the managing organisation.</summary>
public sealed record DemoPlace(string Address, Guid CategoryId, string OtherOrganisation);

/// <summary>Signs demo accounts in through the real sign-in page and finds where their work lands in a demo city.</summary>
public static class DemoCity
{
    public const string Password = "Demo123!";

    /// <summary>No responsibility row names this category in the demo cities, so the building's managing organisation gets it.</summary>
    public const string ManagingOrganisationCategory = "yard.cleaning";

    /// <summary>A 1×1 PNG: enough for the file checks, which read the type from the content.</summary>
    public static byte[] Photo { get; } = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    public static async Task<IPage> SignInAsync(BrowserFixture fixture, string slug, string mailbox, int width = 1280, int height = 900)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        var page = await fixture.NewPageAsync(width, height);
        for (var attempt = 1; ; attempt++)
        {
            await page.GotoAsync(fixture.Url($"{slug}.localhost", "/account/login"));
            await page.Locator("input[name=Email]").FillAsync($"{mailbox}@{slug}.demo");
            await page.Locator("input[name=Password]").FillAsync(Password);
            await page.Locator("main form button[type=submit]").ClickAsync();
            try
            {
                await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal), new() { Timeout = 40_000 });
                return page;
            }
            catch (TimeoutException) when (attempt == 1)
            {
                // The background jobs write to the same SQLite file as the sign-in; one sign-in in about three runs met
                // a long write and outlived SQLite's 30 s busy timeout. These tests are about the pages, so one more try.
            }
        }
    }

    public static async Task<DemoPlace> PlaceAsync(BrowserFixture fixture, string slug)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        var city = fixture.Services.GetRequiredService<ITenantStore>().FindBySlug(slug)!;
        await using var scope = fixture.Services.GetRequiredService<TenantScopeFactory>().Create(city);
        var db = scope.Services.GetRequiredService<TenantScopedDbContext>();
        var organisations = await db.Set<Organisation>().Where(o => o.Type == OrganisationType.ManagingOrganisation).OrderBy(o => o.Code).ToListAsync();
        var executors = organisations[0];
        var building = await db.Set<Building>().Where(b => b.ManagingOrganisationId == executors.Id).OrderBy(b => b.Code).FirstAsync();
        var category = await db.Set<ServiceCategory>().SingleAsync(c => c.Code == ManagingOrganisationCategory);
        return new DemoPlace(building.Address, category.Id, organisations[1].Name.Ru);
    }

    public static Task ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);

        // Every journey ends on a screenshot: the page it shows needed nothing its Content-Security-Policy refused.
        Assert.Empty(BrowserFixture.CspViolations(page));
        return page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png"), FullPage = true });
    }

    /// <summary>Files a request as the signed-in resident through the form and returns the number the page shows.</summary>
    public static async Task<string> SubmitAsync(BrowserFixture fixture, IPage page, string slug, DemoPlace place, string description)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(place);
        await page.GotoAsync(fixture.Url($"{slug}.localhost", "/my/requests/new"));
        await page.Locator("#Address").FillAsync(place.Address);
        await page.Locator("button[formaction*=Search]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("handler=Search", StringComparison.Ordinal));
        await page.GetByLabel(place.Address, new() { Exact = true }).CheckAsync();
        await page.Locator("#CategoryId").SelectOptionAsync(place.CategoryId.ToString());
        await page.Locator("#Description").FillAsync(description);
        await page.Locator("#Photos").SetInputFilesAsync(new FilePayload { Name = "yard.png", MimeType = "image/png", Buffer = Photo });
        await page.Locator("main form button.primary[type=submit]").ClickAsync();
        return (await page.Locator("[data-testid=request-number]").InnerTextAsync()).Trim();
    }
}
