using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.IntegrationTests.Registry;
using OpenKazan.Registry.Domain;

namespace OpenKazan.BrowserTests;

/// <summary>
/// A new city's administrator, on a desktop and on a phone, in each of the city's languages, types coordinates south of
/// the city's stored boundary: the form keeps what was typed and names the boundary under the latitude.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BoundaryEditorTests(BrowserFixture fixture) : IDisposable
{
    private readonly BoundaryPackages _packages = new(fixture.Services);

    [Theory]
    [InlineData("ru", 1280, 900, "Дом лежит за границей города «Елабуга».")]
    [InlineData("tt", 390, 844, "Йорт «Елабуга» шәһәре чигеннән тыш.")]
    [InlineData("en", 390, 844, "The building lies outside the city boundary 'Елабуга'.")]
    public async Task The_city_admin_is_told_which_boundary_a_building_would_lie_outside(string language, int width, int height, string message)
    {
        var city = await _packages.ImportAsync(_packages.NewCity());
        var email = await _packages.NewAdminAsync(city);
        var centre = await _packages.InCityAsync(city, sp => sp.GetRequiredService<TenantScopedDbContext>()
            .Set<District>().Where(d => d.Code == "centre").Select(d => d.Id).SingleAsync());
        var host = $"{city.Slug}.localhost";
        var page = await fixture.NewPageAsync(width, height);
        await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c={language}|uic={language}", Url = fixture.Url(host) }]);
        await page.GotoAsync(fixture.Url(host, "/account/login"));
        await page.Locator("input[name=Email]").FillAsync(email);
        await page.Locator("input[name=Password]").FillAsync("Secret123");
        await page.Locator("main form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));

        await page.GotoAsync(fixture.Url(host, "/admin/buildings/edit"));
        await page.Locator("input[name=Code]").FillAsync("elb-000099");
        await page.Locator("input[name=Address]").FillAsync("ул. Окружная, д. 99");
        await page.Locator("select[name=DistrictId]").SelectOptionAsync(centre.ToString());
        await page.Locator("input[name=Latitude]").FillAsync("55,7405");
        await page.Locator("input[name=Longitude]").FillAsync("52.11");
        await page.Locator("main form.form button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator("#Latitude-error")).ToHaveTextAsync(message);
        await Assertions.Expect(page.Locator("input[name=Address]")).ToHaveValueAsync("ул. Окружная, д. 99");
        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));
        await page.Locator("#Latitude").ScrollIntoViewIfNeededAsync();
        await DemoCity.ScreenshotAsync(page, $"admin-building-outside-boundary-{language}-{width}");
    }

    public void Dispose() => _packages.Dispose();
}
