using Microsoft.Playwright;

namespace OpenKazan.BrowserTests;

/// <summary>
/// The maps work from the app's own Leaflet without any tiles (this machine has no network): markers of open requests
/// on /open-requests, and a click on the request form picks the nearest building.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MapTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("kazan", "ru", 1280, 900, "Выбран дом")]
    [InlineData("kazan", "tt", 390, 844, "Сайланган йорт")]
    [InlineData("grozny", "en", 1280, 900, "Chosen building")]
    public async Task A_click_on_the_map_picks_the_nearest_building(string slug, string language, int width, int height, string chosen)
    {
        var place = await DemoCity.PlaceAsync(fixture, slug);
        var page = await DemoCity.SignInAsync(fixture, slug, "resident", width, height);
        await page.GotoAsync(fixture.Url($"{slug}.localhost", $"/my/requests/new?lang={language}"));
        await page.Locator("#Address").FillAsync(place.Address);
        await page.Locator("button[formaction*=Search]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("handler=Search", StringComparison.Ordinal));
        await page.GetByLabel(place.Address, new() { Exact = true }).CheckAsync();
        await Assertions.Expect(page.Locator("#building-map-status")).ToContainTextAsync($"{chosen}: {place.Address}");
        await Assertions.Expect(page.Locator("#building-map.leaflet-zoom-anim")).ToHaveCountAsync(0);

        // Forget the search's choice, then click just below the marker's tip: the map, not the marker, gets the click.
        // (Measured after forgetting: the list of choices above the map is gone, so the map has moved up.)
        await page.EvaluateAsync("() => { document.getElementById('building-choices').replaceChildren(); document.getElementById('building-map-status').textContent = ''; }");
        var box = (await page.Locator("#building-map .leaflet-marker-icon").BoundingBoxAsync())!;
        await page.Locator("#building-map").ClickAsync(new() { Position = await PositionInMapAsync(page, box.X + (box.Width / 2), box.Y + box.Height + 4) });

        await Assertions.Expect(page.GetByLabel(place.Address, new() { Exact = true })).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#building-map-status")).ToHaveTextAsync($"{chosen}: {place.Address}");
        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));
        await DemoCity.ScreenshotAsync(page, $"map-pick-{slug}-{language}-{width}");
    }

    [Theory]
    [InlineData("kazan", "ru", 1280, 900)]
    [InlineData("kazan", "tt", 390, 844)]
    [InlineData("grozny", "en", 390, 844)]
    public async Task The_open_requests_page_shows_markers_without_tiles(string slug, string language, int width, int height)
    {
        var place = await DemoCity.PlaceAsync(fixture, slug);
        var resident = await DemoCity.SignInAsync(fixture, slug, "resident");
        await DemoCity.SubmitAsync(fixture, resident, slug, place, "Не горит свет в подъезде, третий этаж.");
        var page = await fixture.NewPageAsync(width, height);

        // The map's points are computed at most once per city every 30 s; the request filed just now shows up within that.
        var deadline = DateTime.UtcNow.AddSeconds(45);
        string? markers;
        do
        {
            await page.GotoAsync(fixture.Url($"{slug}.localhost", $"/open-requests?lang={language}"));
            await page.Locator("#open-requests-map[data-markers]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
            markers = await page.Locator("#open-requests-map").GetAttributeAsync("data-markers");
        }
        while (markers == "0" && DateTime.UtcNow < deadline);

        Assert.NotEqual("0", markers);
        await Assertions.Expect(page.Locator("#open-requests-map .leaflet-marker-icon").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#open-requests-map .leaflet-control-attribution")).ToContainTextAsync("OpenStreetMap");
        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));
        await DemoCity.ScreenshotAsync(page, $"map-open-requests-{slug}-{language}-{width}");
    }

    private static async Task<Position> PositionInMapAsync(IPage page, double x, double y)
    {
        var map = (await page.Locator("#building-map").BoundingBoxAsync())!;
        return new Position { X = (float)(x - map.X), Y = (float)(y - map.Y) };
    }
}
