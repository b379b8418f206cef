using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.BrowserTests;

/// <summary>Each city looks like itself in a real browser, is accessible, and speaks the visitor's language.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CityPagesTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("kazan", "Казань")]
    [InlineData("grozny", "Грозный")]
    [InlineData("innopolis", "Иннополис")]
    public async Task A_city_home_page_shows_the_city_in_its_own_colours(string slug, string name)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.Url($"{slug}.localhost"));

        Assert.Equal(name, await page.Locator("main h1").InnerTextAsync());
        var header = await page.Locator(".site-header").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.Equal(Rgb(fixture.Services.GetRequiredService<ITenantStore>().FindBySlug(slug)!.Branding.PrimaryColor), header);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"{slug}-home.png"), FullPage = true });
    }

    [Theory]
    [InlineData("kazan.localhost", "/")]
    [InlineData("grozny.localhost", "/")]
    [InlineData("localhost", "/")]
    [InlineData("nosuchcity.localhost", "/")]
    public async Task Main_pages_have_no_serious_accessibility_violations(string host, string path)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.Url(host, path));

        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));
    }

    [Theory]
    [InlineData("EN", "Kazan", "Submit a request")]
    [InlineData("TT", "Казан", "Мөрәҗәгать җибәрү")]
    [InlineData("RU", "Казань", "Подать обращение")]
    public async Task The_language_switcher_changes_the_language_of_the_page(string language, string name, string submit)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.Url("kazan.localhost"));
        await page.GetByRole(AriaRole.Link, new() { Name = language, Exact = true }).ClickAsync();

        Assert.Equal(name, await page.Locator("main h1").InnerTextAsync());
        Assert.Equal(submit, await page.Locator(".hero .button").InnerTextAsync());
    }

    [Fact]
    public async Task The_home_page_works_on_a_phone()
    {
        var page = await fixture.NewPageAsync(390, 844);
        await page.GotoAsync(fixture.Url("kazan.localhost"));

        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"The page scrolls sideways on a phone ({width}px).");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "kazan-home-phone.png"), FullPage = true });
    }

    private static string Rgb(string hex)
    {
        var value = Convert.ToInt32(hex.TrimStart('#'), 16);
        return $"rgb({(value >> 16) & 0xff}, {(value >> 8) & 0xff}, {value & 0xff})";
    }
}
