using System.Text;
using Microsoft.Playwright;

namespace OpenKazan.BrowserTests;

/// <summary>
/// The committee reads where deadlines are lost in a city with 3,000 generated requests: the weakest organisation ×
/// category link first (an organisation the generator made chronically late), a chart, the link's requests with the
/// late ones first, an export with headers in the reader's language; the page fits a phone.
/// </summary>
[Collection(VolumeCityCollection.Name)]
public sealed class StageAnalyticsTests(VolumeCityFixture volume)
{
    public static TheoryData<string, int, int> Views => new()
    {
        { "ru", 1280, 900 }, { "ru", 390, 844 }, { "tt", 1280, 900 }, { "tt", 390, 844 }, { "en", 1280, 900 }, { "en", 390, 844 },
    };

    [Theory]
    [MemberData(nameof(Views))]
    public async Task The_committee_finds_the_weakest_links_and_drills_into_their_requests(string language, int width, int height)
    {
        var page = await DemoCity.SignInAsync(volume.App, "kazan", "committee", width, height);
        await page.GotoAsync(volume.App.Url("kazan.localhost", $"/analytics/stages?lang={language}"));

        var rows = page.Locator(".stage-table tbody tr");
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        var weakest = rows.First.Locator("th a");
        var href = await weakest.GetAttributeAsync("href");
        var organisation = Guid.Parse(System.Web.HttpUtility.ParseQueryString(new Uri(volume.App.Url("kazan.localhost", href!)).Query)["organisation"]!);
        Assert.Contains(organisation, volume.Generated.ChronicallyLate);
        await page.Locator("[data-chart] canvas").First.WaitForAsync();
        await AssertFitsAsync(page, width);
        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));
        await DemoCity.ScreenshotAsync(page, $"stage-analytics-kazan-{language}-{width}");

        await weakest.ClickAsync();
        var requests = page.Locator(".drill-table tbody tr");
        await Assertions.Expect(requests.First).ToHaveClassAsync("deadline-overdue");
        Assert.True(await requests.CountAsync() > 1);
        await AssertFitsAsync(page, width);
        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));
        await DemoCity.ScreenshotAsync(page, $"stage-analytics-drill-kazan-{language}-{width}");

        await requests.First.Locator("a").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/work/requests/"));
    }

    [Theory]
    [InlineData("ru", "Организация", "Просрочено этапов, %")]
    [InlineData("en", "Organisation", "Stage deadlines lost, %")]
    public async Task The_links_download_as_csv_with_headers_in_the_readers_language(string language, string organisation, string lost)
    {
        var page = await DemoCity.SignInAsync(volume.App, "kazan", "committee");
        await page.GotoAsync(volume.App.Url("kazan.localhost", $"/analytics/stages?lang={language}"));

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(".downloads a[href*='format=csv']").ClickAsync());
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines.First(l => l.Contains(organisation, StringComparison.Ordinal));
        Assert.Contains(lost, header, StringComparison.Ordinal);
        Assert.True(lines.Length > 3);
    }

    private static async Task AssertFitsAsync(IPage page, int width)
    {
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"The page is {scrollWidth} px wide in a {width} px window.");
    }
}
