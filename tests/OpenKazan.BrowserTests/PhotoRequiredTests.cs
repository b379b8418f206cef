using Microsoft.Playwright;

namespace OpenKazan.BrowserTests;

/// <summary>
/// A category that needs a photo says so as soon as it is chosen; sent without one, the form keeps what was typed and
/// asks for the photo in the resident's language; with the photo the request is filed with it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PhotoRequiredTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("kazan", "ru", 390, 844, "обязательно", "Для этой категории нужна фотография проблемы.")]
    [InlineData("kazan", "tt", 1280, 900, "мәҗбүри", "Бу төркем өчен проблеманың фотосурәте кирәк.")]
    [InlineData("grozny", "en", 390, 844, "required", "This category needs a photo of the problem.")]
    public async Task The_form_marks_the_photo_required_and_asks_for_it_before_filing(
        string slug, string language, int width, int height, string mark, string error)
    {
        var place = await DemoCity.PlaceAsync(fixture, slug);
        var page = await DemoCity.SignInAsync(fixture, slug, "resident", width, height);
        await page.GotoAsync(fixture.Url($"{slug}.localhost", $"/my/requests/new?lang={language}"));
        var required = page.Locator("[data-photo-required-mark]");
        var optional = page.Locator("[data-photo-optional-mark]");
        await Assertions.Expect(required).ToBeHiddenAsync();
        await Assertions.Expect(optional).ToBeVisibleAsync();

        await page.Locator("#Address").FillAsync(place.Address);
        await page.Locator("button[formaction*=Search]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("handler=Search", StringComparison.Ordinal));
        await page.GetByLabel(place.Address, new() { Exact = true }).CheckAsync();
        await page.Locator("#CategoryId").SelectOptionAsync(place.CategoryId.ToString());
        await Assertions.Expect(required).ToContainTextAsync(mark);
        await Assertions.Expect(optional).ToBeHiddenAsync();
        await page.Locator("#Description").FillAsync("Во дворе не убирают листья");
        await page.Locator("main form button.primary[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator("#Photos-error, .field-error").First).ToContainTextAsync(error);
        await Assertions.Expect(page.Locator("#Description")).ToHaveValueAsync("Во дворе не убирают листья");
        await Assertions.Expect(required).ToBeVisibleAsync();
        await Assertions.Expect(optional).ToBeHiddenAsync();
        await DemoCity.ScreenshotAsync(page, $"photo-required-{slug}-{language}-{width}");
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"The form scrolls sideways ({scrollWidth}px).");

        await page.Locator("#Photos").SetInputFilesAsync(new FilePayload { Name = "leaves.png", MimeType = "image/png", Buffer = DemoCity.Photo });
        await page.Locator("main form button.primary[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=request-number]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main img[alt='leaves.png']")).ToHaveCountAsync(1);
    }
}
