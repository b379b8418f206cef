using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace OpenKazan.BrowserTests;

/// <summary>
/// The committee opens the city overview of Kazan with 3,000 generated requests: today's intake, open and overdue
/// work and SLA compliance as a share written the reader's way ("90,7 %" in Russian), the load by organisation; the
/// page fits a phone without sideways scrolling.
/// </summary>
[Collection(VolumeCityCollection.Name)]
public sealed class CommitteeOverviewTests(VolumeCityFixture volume)
{
    public static TheoryData<string, int, int, string> Views => new()
    {
        { "ru", 1280, 900, @"^\d{1,3},\d\s?%$" }, { "ru", 390, 844, @"^\d{1,3},\d\s?%$" },
        { "tt", 1280, 900, @"^\d{1,3},\d\s?%$" }, { "tt", 390, 844, @"^\d{1,3},\d\s?%$" },
        { "en", 1280, 900, @"^\d{1,3}\.\d\s?%$" }, { "en", 390, 844, @"^\d{1,3}\.\d\s?%$" },
    };

    [Theory]
    [MemberData(nameof(Views))]
    public async Task The_committee_reads_compliance_and_the_load_at_volume_on_any_screen(string language, int width, int height, string share)
    {
        var page = await DemoCity.SignInAsync(volume.App, "kazan", "committee", width, height);
        await page.GotoAsync(volume.App.Url("kazan.localhost", $"/committee?lang={language}"));

        var stats = page.Locator(".stats dd");
        var compliance = (await stats.Nth(4).InnerTextAsync()).Trim();
        Assert.Matches(new Regex(share), compliance.Replace('\u00a0', ' ').Replace('\u202f', ' '));
        Assert.True(int.Parse(Regex.Replace(await stats.Nth(1).InnerTextAsync(), @"\D", string.Empty), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.True(await page.Locator(".table tbody tr").CountAsync() > 3);

        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"The overview is {scrollWidth} px wide in a {width} px window.");
        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));
        await DemoCity.ScreenshotAsync(page, $"committee-overview-kazan-{language}-{width}");
    }
}
