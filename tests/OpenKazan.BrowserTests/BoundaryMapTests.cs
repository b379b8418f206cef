using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.IntegrationTests.Registry;
using OpenKazan.Registry.Domain;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.BrowserTests;

/// <summary>
/// The city's stored boundaries where people place things: the building editor draws them with the building's point
/// (and says so in words), and a resident's click outside the city on the request form picks nothing and says why.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BoundaryMapTests(BrowserFixture fixture) : IDisposable
{
    private readonly BoundaryPackages _packages = new(fixture.Services);

    [Theory]
    [InlineData("ru", 1280, 900, "Точка дома (55.759715, 52.015085) лежит внутри границ.", "Точка дома (55.7405, 52.11) лежит за границей «Елабуга».")]
    [InlineData("tt", 390, 844, "Йорт ноктасы (55.759715, 52.015085) чикләр эчендә.", "Йорт ноктасы (55.7405, 52.11) «Елабуга» чигеннән тыш.")]
    [InlineData("en", 390, 844, "The building's point (55.759715, 52.015085) lies inside the boundaries.", "The building's point (55.7405, 52.11) lies outside the boundary 'Елабуга'.")]
    public async Task The_building_editor_draws_the_city_and_district_boundaries_with_the_buildings_point(
        string language, int width, int height, string inside, string outside)
    {
        var city = await _packages.ImportAsync(_packages.NewCity());
        var building = await _packages.InCityAsync(city, sp => sp.GetRequiredService<TenantScopedDbContext>()
            .Set<Building>().Where(b => b.Code == "elb-000001").Select(b => b.Id).SingleAsync());
        var page = await SignInAsync(city, Roles.TenantAdmin, language, width, height);

        await page.GotoAsync(fixture.Url($"{city.Slug}.localhost", $"/admin/buildings/edit/{building}"));
        var map = page.Locator(".building-map svg.boundary-map");
        await Assertions.Expect(map).ToBeVisibleAsync();
        await Assertions.Expect(map.Locator("path.boundary-city")).ToHaveCountAsync(1);
        await Assertions.Expect(map.Locator("path.boundary-district")).ToHaveCountAsync(2);
        await Assertions.Expect(map.Locator("path.boundary-district.chosen")).ToHaveCountAsync(1);
        await Assertions.Expect(map.Locator(".building-point circle")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#building-map-caption")).ToContainTextAsync(inside);
        var box = (await map.BoundingBoxAsync())!;
        Assert.True(box.Width <= width && box.Width <= 600, $"the map is {box.Width} px wide in a {width} px window");
        Assert.True((await map.InnerHTMLAsync()).Length < 20_000, "the drawing stays small");
        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));
        await map.ScrollIntoViewIfNeededAsync();
        await DemoCity.ScreenshotAsync(page, $"admin-building-map-{language}-{width}");

        await page.Locator("input[name=Latitude]").FillAsync("55.7405");
        await page.Locator("input[name=Longitude]").FillAsync("52.11");
        await page.Locator("main form.form button[type=submit]").First.ClickAsync();

        await Assertions.Expect(page.Locator(".building-map .building-outside")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#building-map-caption")).ToContainTextAsync(outside);
        await page.Locator(".building-map").ScrollIntoViewIfNeededAsync();
        await DemoCity.ScreenshotAsync(page, $"admin-building-map-outside-{language}-{width}");
    }

    [Theory]
    [InlineData("ru", 1280, 900, "Это место за границей города «Елабуга».")]
    [InlineData("en", 390, 844, "This place lies outside the city boundary 'Елабуга'.")]
    public async Task A_click_outside_the_city_on_the_request_form_picks_no_building_and_says_why(string language, int width, int height, string message)
    {
        var city = await _packages.ActivateAsync(await _packages.ImportAsync(_packages.NewCity()));
        var page = await SignInAsync(city, Roles.Resident, language, width, height);
        await page.GotoAsync(fixture.Url($"{city.Slug}.localhost", "/my/requests/new"));
        var map = page.Locator("#building-map[data-ready=true]");
        await Assertions.Expect(map).ToBeVisibleAsync();

        // The map opens on tenant.json's bounds; their south-west corner lies outside Elabuga's polygon.
        var box = (await map.BoundingBoxAsync())!;
        await map.ClickAsync(new() { Position = new Position { X = 12, Y = (float)box.Height - 12 } });

        await Assertions.Expect(page.Locator("#building-map-status")).ToContainTextAsync(message);
        await Assertions.Expect(page.Locator("input[name=BuildingId]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("input[data-pin=latitude]")).ToHaveValueAsync(string.Empty);
        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));
        await DemoCity.ScreenshotAsync(page, $"map-pick-outside-city-{language}-{width}");
    }

    public void Dispose() => _packages.Dispose();

    private async Task<IPage> SignInAsync(TenantInfo city, string role, string language, int width, int height)
    {
        var email = await _packages.NewAccountAsync(city, role);
        var host = $"{city.Slug}.localhost";
        var page = await fixture.NewPageAsync(width, height);
        await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c={language}|uic={language}", Url = fixture.Url(host) }]);
        await page.GotoAsync(fixture.Url(host, "/account/login"));
        await page.Locator("input[name=Email]").FillAsync(email);
        await page.Locator("input[name=Password]").FillAsync("Secret123");
        await page.Locator("main form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        return page;
    }
}
