using Microsoft.Playwright;

namespace OpenKazan.BrowserTests;

/// <summary>The resident pages speak the city's languages, validation included; the main pages pass axe-core.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LanguageAndAccessibilityTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("kazan", "ru", "Подать обращение", "Выберите категорию.", "Статус по номеру")]
    [InlineData("kazan", "tt", "Мөрәҗәгать җибәрү", "Төркемне сайлагыз.", "Номер буенча статус")]
    [InlineData("kazan", "en", "Submit a request", "Choose a category.", "Status by number")]
    [InlineData("grozny", "ru", "Подать обращение", "Выберите категорию.", "Статус по номеру")]
    [InlineData("grozny", "en", "Submit a request", "Choose a category.", "Status by number")]
    public async Task Resident_pages_and_their_validation_speak_the_chosen_language(string slug, string language, string title, string error, string status)
    {
        var page = await DemoCity.SignInAsync(fixture, slug, "resident");
        await page.GotoAsync(fixture.Url($"{slug}.localhost", $"/my/requests/new?lang={language}"));
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync(title);
        Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));

        await page.Locator("main form button.primary[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("main [role=alert]").First).ToContainTextAsync(error);
        await DemoCity.ScreenshotAsync(page, $"{slug}-new-request-errors-{language}");

        await page.GotoAsync(fixture.Url($"{slug}.localhost", "/status"));
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync(status);
        await page.GotoAsync(fixture.Url($"{slug}.localhost", "/my/requests"));
        Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
    }

    [Theory]
    [InlineData("kazan", "resident", "/my/requests/new", "new-request")]
    [InlineData("kazan", "resident", "/my/requests", "my-requests")]
    [InlineData("kazan", null, "/status", "status")]
    [InlineData("kazan", "executor", "/work/inbox", "executor-inbox")]
    [InlineData("kazan", "dispatcher", "/dispatch", "dispatcher-queue")]
    [InlineData("kazan", "operator", "/callcentre", "call-centre")]
    [InlineData("kazan", "committee", "/committee", "committee-overview")]
    [InlineData("grozny", "resident", "/my/requests/new", "new-request")]
    [InlineData("grozny", "committee", "/committee", "committee-overview")]
    public async Task Main_pages_have_no_serious_accessibility_violations(string slug, string? mailbox, string path, string name)
    {
        var page = mailbox is null ? await fixture.NewPageAsync() : await DemoCity.SignInAsync(fixture, slug, mailbox);
        await page.GotoAsync(fixture.Url($"{slug}.localhost", path));
        await DemoCity.ScreenshotAsync(page, $"{slug}-{name}");

        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));
    }

    [Fact]
    public async Task Buildings_are_suggested_from_the_registry_while_the_address_is_typed()
    {
        var place = await DemoCity.PlaceAsync(fixture, "kazan");
        var page = await DemoCity.SignInAsync(fixture, "kazan", "resident");
        await page.GotoAsync(fixture.Url("kazan.localhost", "/my/requests/new"));

        await page.Locator("#Address").PressSequentiallyAsync(place.Address);

        await Assertions.Expect(page.GetByLabel(place.Address, new() { Exact = true })).ToBeVisibleAsync();
        Assert.EndsWith("/my/requests/new", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_request_form_works_on_a_phone()
    {
        var page = await DemoCity.SignInAsync(fixture, "kazan", "resident", 390, 844);
        await page.GotoAsync(fixture.Url("kazan.localhost", "/my/requests/new"));

        await DemoCity.ScreenshotAsync(page, "kazan-new-request-phone");

        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"The form scrolls sideways on a phone ({width}px).");
    }
}
