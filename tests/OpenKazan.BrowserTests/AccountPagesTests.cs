using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace OpenKazan.BrowserTests;

/// <summary>
/// A resident who forgot the password, walked in Chromium in each language of the city: a wrong password is told in
/// words, "forgot password" answers the same for every address, the mailed link sets a new password, the new one signs
/// in, and the profile keeps the phone as the resident typed it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class AccountPagesTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("kazan", "ru", 1280, 900, "Пароль сохранён.", "Профиль сохранён.")]
    [InlineData("kazan", "tt", 390, 844, "Серсүз сакланды.", "Профиль сакланды.")]
    [InlineData("kazan", "en", 390, 844, "Your password is saved.", "Profile saved.")]
    [InlineData("grozny", "ru", 390, 844, "Пароль сохранён.", "Профиль сохранён.")]
    [InlineData("grozny", "en", 1280, 900, "Your password is saved.", "Profile saved.")]
    public async Task A_resident_resets_a_forgotten_password_from_the_mail_signs_in_with_it_and_updates_the_profile(
        string slug, string language, int width, int height, string passwordSaved, string profileSaved)
    {
        var email = $"forgetful-{Guid.NewGuid():N}@example.org";
        await SignUpAsync(slug, language, email, width, height);

        var page = await fixture.NewPageAsync(width, height);
        await page.GotoAsync(fixture.Url($"{slug}.localhost", $"/account/login?lang={language}"));
        await SignInAsync(page, email, "NotMyPassword1");
        await Assertions.Expect(page.Locator("main [role=alert]")).Not.ToBeEmptyAsync();
        await DemoCity.ScreenshotAsync(page, $"account-wrong-password-{slug}-{language}-{width}");

        await page.Locator("main a[href$='/account/forgot-password']").ClickAsync();
        await page.Locator("input[name=Email]").FillAsync(email);
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("main [role=status]")).Not.ToBeEmptyAsync();
        await DemoCity.ScreenshotAsync(page, $"account-forgot-password-{slug}-{language}-{width}");

        // The mail names the city's public host; the test server listens on its own port of it.
        var link = new Uri(await Mailbox.LinkAsync(fixture, email, ResetLink()));
        await page.GotoAsync(fixture.Url($"{slug}.localhost", link.PathAndQuery));
        await page.Locator("input[name=Password]").FillAsync("Renewed456");
        await page.Locator("input[name=ConfirmPassword]").FillAsync("Renewed456");
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("main [role=status]")).ToHaveTextAsync(passwordSaved);
        await DemoCity.ScreenshotAsync(page, $"account-password-reset-{slug}-{language}-{width}");

        await page.GotoAsync(fixture.Url($"{slug}.localhost", "/account/login"));
        await SignInAsync(page, email, "Renewed456");
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        await page.GotoAsync(fixture.Url($"{slug}.localhost", "/account/profile"));
        await page.Locator("input[name=Phone]").FillAsync("8-917-123-45-67");
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("main [role=status]")).ToHaveTextAsync(profileSaved);
        await Assertions.Expect(page.Locator("input[name=Phone]")).ToHaveValueAsync("8-917-123-45-67");

        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"The profile page scrolls sideways ({scrollWidth}px).");
        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));
        await DemoCity.ScreenshotAsync(page, $"account-profile-{slug}-{language}-{width}");
    }

    private async Task SignUpAsync(string slug, string language, string email, int width, int height)
    {
        var page = await fixture.NewPageAsync(width, height);
        await page.GotoAsync(fixture.Url($"{slug}.localhost", $"/account/register?lang={language}"));
        await page.Locator("input[name=Email]").FillAsync(email);
        await page.Locator("input[name=FullName]").FillAsync("Рустам Галиев");
        await page.Locator("input[name=Password]").FillAsync("Secret123");
        await page.Locator("input[name=ConfirmPassword]").FillAsync("Secret123");
        await page.Locator("main form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/register", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    private static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.Locator("input[name=Email]").FillAsync(email);
        await page.Locator("input[name=Password]").FillAsync(password);
        await page.Locator("main form button[type=submit]").ClickAsync();
    }

    [GeneratedRegex(@"http://\S+/account/reset-password\S+")]
    private static partial Regex ResetLink();
}
