using Microsoft.Playwright;

namespace OpenKazan.BrowserTests;

/// <summary>
/// The request page as a resident reads it, walked in Chromium: the steps and the current stage's deadline, then
/// "is the work done?" at the top once the executor resolves it, on a desktop and a phone, in each city language.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RequestPageTests(BrowserFixture fixture)
{
    private static readonly (int Width, int Height)[] Screens = [(1280, 900), (390, 844)];

    [Theory]
    [InlineData("kazan", new[] { "ru", "tt", "en" })]
    [InlineData("grozny", new[] { "ru", "en" })]
    public async Task The_resident_follows_the_steps_and_answers_whether_the_work_is_done(string slug, string[] languages)
    {
        var place = await DemoCity.PlaceAsync(fixture, slug);
        var resident = await DemoCity.SignInAsync(fixture, slug, "resident");
        var number = await DemoCity.SubmitAsync(fixture, resident, slug, place, "Во дворе не вывозят мусор");
        var url = fixture.Url($"{slug}.localhost", $"/my/requests/{number}");

        foreach (var language in languages)
        {
            await resident.GotoAsync($"{url}?lang={language}");
            await Assertions.Expect(resident.Locator(".stepper .step")).ToHaveCountAsync(5);
            await Assertions.Expect(resident.Locator(".stepper [aria-current=step] [data-testid=stage-deadline]")).ToBeVisibleAsync();
            await ShootAsync(resident, $"request-page-filed-{slug}-{language}");
        }

        var executor = await DemoCity.SignInAsync(fixture, slug, "executor");
        await executor.GotoAsync(fixture.Url($"{slug}.localhost", $"/work/requests/{number}"));
        await executor.Locator("form[action*=Accept] button").ClickAsync();
        await executor.Locator("form[action*=Start] button").ClickAsync();
        await executor.Locator("#Report").FillAsync("Мусор вывезен, площадка убрана");
        await executor.Locator("#Photos").SetInputFilesAsync(new FilePayload { Name = "done.png", MimeType = "image/png", Buffer = DemoCity.Photo });
        await executor.Locator("form[action*=Resolve] button").ClickAsync();
        await Assertions.Expect(executor.Locator(".stepper .step-done")).ToHaveCountAsync(4);

        foreach (var language in languages)
        {
            await resident.GotoAsync($"{url}?lang={language}");
            var question = await resident.Locator(".respond").BoundingBoxAsync();
            var steps = await resident.Locator(".stepper").BoundingBoxAsync();
            Assert.True(question!.Y < steps!.Y, "The question about the work comes before the steps.");
            await Assertions.Expect(resident.Locator(".timeline")).ToContainTextAsync("Мусор вывезен");
            Assert.Empty(await Accessibility.SeriousViolationsAsync(resident));
            await ShootAsync(resident, $"request-page-resolved-{slug}-{language}");
        }

        await resident.GotoAsync($"{url}?lang=ru");
        await resident.Locator(".respond form[action*=Confirm] button").ClickAsync();
        await Assertions.Expect(resident.Locator(".stepper .step-done")).ToHaveCountAsync(5);
        await Assertions.Expect(resident.Locator(".timeline")).ToContainTextAsync("Заявитель подтвердил выполнение");
        await Assertions.Expect(resident.Locator(".respond")).ToHaveCountAsync(0);
        await ShootAsync(resident, $"request-page-confirmed-{slug}-ru");
    }

    /// <summary>Screenshots on a desktop and on a phone; on the phone nothing may scroll sideways.</summary>
    private static async Task ShootAsync(IPage page, string name)
    {
        foreach (var (width, height) in Screens)
        {
            await page.SetViewportSizeAsync(width, height);
            var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(scrollWidth <= width, $"{name} scrolls sideways at {width}px ({scrollWidth}px).");
            await DemoCity.ScreenshotAsync(page, $"{name}-{width}");
        }

        await page.SetViewportSizeAsync(1280, 900);
    }
}
