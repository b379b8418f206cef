using Microsoft.Playwright;

namespace OpenKazan.BrowserTests;

/// <summary>A wrong link opened in Chromium shows the city's own page in the chosen language, and its way back works.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ErrorPageTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("kazan", "ru", "/requests/XYZ", 1280, 900, "Страница не найдена")]
    [InlineData("kazan", "tt", "/nonexistent", 390, 844, "Бит табылмады")]
    [InlineData("kazan", "en", "/my/requests/KZN-1999-000001", 390, 844, "Page not found")]
    [InlineData("grozny", "ru", "/nonexistent", 390, 844, "Страница не найдена")]
    [InlineData("grozny", "en", "/requests/XYZ", 1280, 900, "Page not found")]
    public async Task A_wrong_link_shows_the_citys_page_with_a_way_back(string slug, string language, string path, int width, int height, string title)
    {
        var page = await DemoCity.SignInAsync(fixture, slug, "resident", width, height);

        var response = await page.GotoAsync(fixture.Url($"{slug}.localhost", $"{path}?lang={language}"));

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync(title);
        Assert.Equal(slug, await page.Locator("body").GetAttributeAsync("data-city"));
        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));
        await DemoCity.ScreenshotAsync(page, $"error-404-{slug}-{language}-{width}");

        await page.Locator("[data-testid=error-page] a[href='/my/requests']").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/my/requests", StringComparison.Ordinal));
        Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
    }
}
