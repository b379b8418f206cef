using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace OpenKazan.BrowserTests;

/// <summary>
/// A newcomer reports first and confirms after, walked in Chromium: "submit a request" leads through sign-in to sign-up,
/// the form opens at once, the request is filed, and the e-mail's link brings the resident back to that request.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ReportFirstTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("kazan", "ru", 1280, 900, "Адрес почты подтверждён")]
    [InlineData("kazan", "tt", 390, 844, "Почта адресы расланды")]
    [InlineData("grozny", "en", 390, 844, "Your e-mail is confirmed")]
    public async Task A_newcomer_files_right_after_signing_up_and_the_confirmation_leads_back_to_the_request(
        string slug, string language, int width, int height, string confirmed)
    {
        var place = await DemoCity.PlaceAsync(fixture, slug);
        var email = $"newcomer-{Guid.NewGuid():N}@example.org";
        var page = await fixture.NewPageAsync(width, height);
        await page.GotoAsync(fixture.Url($"{slug}.localhost", $"/my/requests/new?lang={language}"));
        await page.Locator("main a[href*='/account/register']").ClickAsync();
        await page.Locator("input[name=Email]").FillAsync(email);
        await page.Locator("input[name=FullName]").FillAsync("Гульнара Ахметова");
        await page.Locator("input[name=Password]").FillAsync("Secret123");
        await page.Locator("input[name=ConfirmPassword]").FillAsync("Secret123");
        await DemoCity.ScreenshotAsync(page, $"report-first-sign-up-{slug}-{language}-{width}");
        await page.Locator("main form button[type=submit]").ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("/my/requests/new", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("[data-testid=email-pending]")).ToContainTextAsync(email);
        var number = await DemoCity.SubmitAsync(fixture, page, slug, place, "Во дворе разбит фонарь");
        await Assertions.Expect(page.Locator("[data-testid=email-pending]")).ToBeVisibleAsync();
        await DemoCity.ScreenshotAsync(page, $"report-first-filed-{slug}-{language}-{width}");
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"The request page scrolls sideways ({scrollWidth}px).");

        // The e-mail names the city's public host; the test server listens on its own port of it.
        var link = new Uri(await Mailbox.LinkAsync(fixture, email, ConfirmationLink()));
        await page.GotoAsync(fixture.Url($"{slug}.localhost", link.PathAndQuery));
        await page.WaitForURLAsync(url => url.Contains($"/my/requests/{number}", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("main .alert.success")).ToContainTextAsync(confirmed);
        await Assertions.Expect(page.Locator("[data-testid=email-pending]")).ToHaveCountAsync(0);
        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));
        await DemoCity.ScreenshotAsync(page, $"report-first-confirmed-{slug}-{language}-{width}");
    }

    [GeneratedRegex(@"http://\S+/account/confirm-email\S+")]
    private static partial Regex ConfirmationLink();
}
