using Microsoft.Playwright;

namespace OpenKazan.BrowserTests;

/// <summary>The committee builds a district × month report on the analytics page: the cross-table, the ECharts chart drawn from /lib, no serious accessibility problem.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("ru", 1280, 900)]
    [InlineData("tt", 390, 844)]
    [InlineData("en", 1280, 900)]
    public async Task The_committee_reads_a_district_by_month_report_with_a_chart(string language, int width, int height)
    {
        var page = await DemoCity.SignInAsync(fixture, "kazan", "committee", width, height);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await page.GotoAsync(fixture.Url("kazan.localhost",
            $"/analytics?first=district&second=month&measures=onTimeShare.resolve&measures=count&from={today.AddMonths(-6):yyyy-MM-dd}&to={today:yyyy-MM-dd}&lang={language}"));

        await page.Locator(".measure-grid").WaitForAsync();
        if (await page.Locator("[data-chart]").CountAsync() > 0)
        {
            await page.Locator("[data-chart] canvas").First.WaitForAsync();
            Assert.Equal(2, await page.Locator("table.cross-table").CountAsync());
        }

        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));
        await DemoCity.ScreenshotAsync(page, $"analytics-report-kazan-{language}-{width}");
    }
}
