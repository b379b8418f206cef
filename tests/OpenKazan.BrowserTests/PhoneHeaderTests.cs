using Microsoft.Playwright;

namespace OpenKazan.BrowserTests;

/// <summary>
/// On a 390×844 phone the header and menus take at most 120 px, so the page's own content starts above the fold; one
/// button opens the languages, the account and the main menu. On a desktop everything stays in view without it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneHeaderTests(BrowserFixture fixture)
{
    private const double MaxHeaderHeight = 120;

    [Theory]
    [InlineData("kazan", "resident", "tt", "/my/requests/new")]
    [InlineData("kazan", "operator", "ru", "/callcentre")]
    [InlineData("grozny", "dispatcher", "en", "/dispatch")]
    [InlineData("grozny", null, "ru", "/")]
    public async Task The_phone_header_is_one_line_and_the_menu_opens_from_its_button(string slug, string? mailbox, string language, string path)
    {
        var page = mailbox is null ? await fixture.NewPageAsync(390, 844) : await DemoCity.SignInAsync(fixture, slug, mailbox, 390, 844);
        await page.GotoAsync(fixture.Url($"{slug}.localhost", $"{path}?lang={language}"));

        var contentTop = await page.Locator("main").EvaluateAsync<double>("e => e.getBoundingClientRect().top");
        Assert.True(contentTop <= MaxHeaderHeight, $"The page's content starts {contentTop} px down, more than {MaxHeaderHeight}.");
        await Assertions.Expect(page.Locator("#main-nav")).ToBeHiddenAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 390"), "The page is wider than the phone.");
        await DemoCity.ScreenshotAsync(page, $"phone-header-{slug}-{language}-{mailbox ?? "anonymous"}");

        var button = page.Locator(".menu-button");
        await button.ClickAsync();
        await Assertions.Expect(button).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(page.Locator("#main-nav a[href='/status']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#site-languages a[lang=ru]")).ToBeVisibleAsync();
        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));
        await DemoCity.ScreenshotAsync(page, $"phone-menu-{slug}-{language}-{mailbox ?? "anonymous"}");
    }

    [Fact]
    public async Task On_a_desktop_the_menus_are_in_view_without_a_button()
    {
        var page = await fixture.NewPageAsync(1280, 900);
        await page.GotoAsync(fixture.Url("kazan.localhost", "/"));
        await Assertions.Expect(page.Locator(".menu-button")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#main-nav a[href='/status']")).ToBeVisibleAsync();
    }
}
