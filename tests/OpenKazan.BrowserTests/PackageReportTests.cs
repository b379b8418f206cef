using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.BrowserTests;

/// <summary>
/// The central team checks a new city's data in the wizard, in their own language, on a desktop and on a phone: a bad
/// INN is one error with the number of buildings that use the organisation, a building south of the city is named
/// with its address and the city boundary, and the preview draws the boundaries with that building marked.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PackageReportTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("ru", 1280, 900, "ИНН «16460» должен состоять из 10 или 12 цифр; упоминается в 3 домах", "лежит за границей города «Елабуга»")]
    [InlineData("ru", 390, 844, "ИНН «16460» должен состоять из 10 или 12 цифр; упоминается в 3 домах", "лежит за границей города «Елабуга»")]
    [InlineData("en", 390, 844, "INN '16460' must have 10 or 12 digits; used by 3 buildings", "lies outside the city boundary 'Елабуга'")]
    [InlineData("tt", 1280, 900, "ИНН «16460» 10 яки 12 саннан торырга тиеш; 3 йортта", "«Елабуга» шәһәре чигеннән тыш")]
    public async Task The_wizard_dry_run_reports_the_root_error_names_the_boundary_and_draws_it(
        string language, int width, int height, string badInn, string outside)
    {
        var page = await fixture.NewPageAsync(width, height);
        await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c={language}|uic={language}", Url = fixture.Url("localhost") }]);
        await page.GotoAsync(fixture.Url("localhost", "/account/login"));
        await page.Locator("input[name=Email]").FillAsync("platform@openkazan.demo");
        await page.Locator("input[name=Password]").FillAsync("Demo123!");
        await page.Locator("form.form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));

        await page.GotoAsync(fixture.Url("localhost", "/central/new"));
        await page.Locator("input[name='Form.Slug']").FillAsync("alabuga");
        await page.Locator("input[name='Form.NameRu']").FillAsync("Алабуга");
        await page.Locator("input[name='Form.RequestNumberPrefix']").FillAsync("ALB");
        for (var step = 1; step < 4; step++)
        {
            await page.Locator("button[formaction*='handler=Next']").ClickAsync();
        }

        var zip = Path.Combine(Path.GetTempPath(), $"alabuga-{Guid.NewGuid():N}.zip");
        await File.WriteAllBytesAsync(zip, OpenKazan.IntegrationTests.Onboarding.PackageReportTests.BrokenElabuga());
        await page.Locator("input[name=Data]").SetInputFilesAsync(zip);
        await page.Locator("button[formaction*='handler=Check']").ClickAsync();

        // The check answers with a new page: counting before it has arrived counts the old one.
        var rows = page.Locator("table.package-errors tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        Assert.Contains(badInn, await page.Locator("tr[data-code=BadInn]").InnerTextAsync(), StringComparison.Ordinal);
        var outsideRow = await page.Locator("tr[data-code=OutsideCity]").InnerTextAsync();
        Assert.Contains(outside, outsideRow, StringComparison.Ordinal);
        Assert.Contains("ул. Окружная, д. 54", outsideRow, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("tr[data-code=MissingOrganisation]").CountAsync());

        var map = page.Locator("svg.boundary-map");
        await map.ScrollIntoViewIfNeededAsync();
        Assert.True(await map.IsVisibleAsync());
        Assert.Equal(1, await map.Locator(".building-outside").CountAsync());
        Assert.Equal(2, await map.Locator(".boundary-district").CountAsync());
        Assert.Equal(1, await map.Locator(".boundary-city").CountAsync());
        var box = await map.BoundingBoxAsync();
        Assert.True(box is { Width: > 300, Height: > 150 }, $"The preview is too small to read: {box?.Width}×{box?.Height}.");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= width, "The report scrolls sideways.");
        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));
        Assert.Null(fixture.Services.GetRequiredService<ITenantStore>().FindBySlug("alabuga"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"central-wizard-report-{language}-{width}.png"), FullPage = true });
    }
}
