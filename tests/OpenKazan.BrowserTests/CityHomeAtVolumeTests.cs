using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenKazan.BrowserTests;

/// <summary>
/// A resident opens Kazan's home page while the city holds 3,000 requests of the last 90 days: the figures are the
/// city's own, grouped the reader's way ("1 234" in Russian and Tatar, "1,234" in English), in every language of the
/// city, and the page fits a phone.
/// </summary>
[Collection(VolumeCityCollection.Name)]
public sealed partial class CityHomeAtVolumeTests(VolumeCityFixture volume)
{
    public static TheoryData<string, int, int, string> Views => new()
    {
        { "ru", 1280, 900, "Подать обращение" }, { "ru", 390, 844, "Подать обращение" },
        { "tt", 1280, 900, "Мөрәҗәгать җибәрү" }, { "tt", 390, 844, "Мөрәҗәгать җибәрү" },
        { "en", 1280, 900, "Submit a request" }, { "en", 390, 844, "Submit a request" },
    };

    [Theory]
    [MemberData(nameof(Views))]
    public async Task The_home_page_shows_the_citys_figures_in_the_readers_language_on_any_screen(string language, int width, int height, string submit)
    {
        var page = await volume.App.NewPageAsync(width, height);
        await page.GotoAsync(volume.App.Url("kazan.localhost", $"/?lang={language}"));

        Assert.Equal(submit, (await page.Locator(".hero .button").InnerTextAsync()).Trim());
        var figures = await page.Locator(".stats dd").AllInnerTextsAsync();
        Assert.Equal(4, figures.Count);
        var filed = figures[0].Trim();
        Assert.Matches(language == "en" ? GroupedEnglish() : GroupedRussian(), filed);
        Assert.InRange(Number(filed), 500, VolumeCityFixture.Requests);

        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"The home page is {scrollWidth} px wide in a {width} px window.");
        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));
        await DemoCity.ScreenshotAsync(page, $"home-kazan-{language}-{width}");
    }

    private static int Number(string shown) => int.Parse(Regex.Replace(shown, @"\D", string.Empty), CultureInfo.InvariantCulture);

    /// <summary>Thousands apart by a (narrow) no-break space, as .NET writes them for ru and tt.</summary>
    [GeneratedRegex(@"^\d{1,3}([\u00a0\u202f ]\d{3})*$")]
    private static partial Regex GroupedRussian();

    [GeneratedRegex(@"^\d{1,3}(,\d{3})*$")]
    private static partial Regex GroupedEnglish();
}
