using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpenKazan.Identity.Domain;
using OpenKazan.Identity.Users;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.BrowserTests;

/// <summary>
/// A caller with a resident account: the operator finds them by the number typed as people say it, files the request
/// into their account, is left on the "next call" screen with the number to dictate, and sees one labelled history.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CallCentreCallerTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("kazan", "ru", 1280, 900, "Следующий звонок", "этот абонент")]
    [InlineData("kazan", "tt", 390, 844, "Чираттагы шалтырату", "бу абонент")]
    [InlineData("grozny", "ru", 390, 844, "Следующий звонок", "этот абонент")]
    [InlineData("grozny", "en", 1280, 900, "Next call", "this caller")]
    public async Task A_request_filed_for_a_caller_with_an_account_appears_in_their_requests(
        string slug, string language, int width, int height, string nextCall, string thisCaller)
    {
        var place = await DemoCity.PlaceAsync(fixture, slug);
        var (mailbox, local) = await CreateCallerAsync(slug);
        var page = await DemoCity.SignInAsync(fixture, slug, "operator", width, height);

        var typed = $"8 ({local[..3]}) {local[3..6]}-{local[6..8]}-{local[8..]}";
        await page.GotoAsync(fixture.Url($"{slug}.localhost", $"/callcentre?lang={language}&Phone={Uri.EscapeDataString(typed)}&Address={Uri.EscapeDataString(place.Address)}"));
        await page.GetByRole(AriaRole.Link, new() { Name = place.Address, Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("input[name=CallerName]")).ToHaveValueAsync("Рустем Гарипов");
        await Assertions.Expect(page.Locator("input[name=LinkAccount]")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("label.checkbox").First).ToContainTextAsync($"{mailbox[0]}***@{slug}.demo");
        await page.Locator("#CategoryId").SelectOptionAsync(place.CategoryId.ToString());
        await page.Locator("#Description").FillAsync("Звонок жителя: не горит свет в подъезде");
        await SubmitAsync(page);

        var filed = page.Locator("[data-testid=filed]");
        var number = (await filed.Locator(".number").InnerTextAsync()).Trim();
        Assert.Matches("^[A-Z0-9-]+$", number);
        await Assertions.Expect(filed.GetByRole(AriaRole.Link, new() { Name = nextCall })).ToHaveAttributeAsync("href", "/callcentre");
        Assert.Empty(await Accessibility.SeriousViolationsAsync(page));
        await DemoCity.ScreenshotAsync(page, $"call-centre-filed-{slug}-{language}-{width}");

        await page.GotoAsync(fixture.Url($"{slug}.localhost", $"/callcentre?lang={language}&Phone=%2B7{local}"));
        var row = page.Locator("table.requests tbody tr", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = number, Exact = true }) });
        await Assertions.Expect(row.Locator("[data-whose]")).ToHaveTextAsync(thisCaller);
        await DemoCity.ScreenshotAsync(page, $"call-centre-history-{slug}-{language}-{width}");

        var resident = await DemoCity.SignInAsync(fixture, slug, mailbox, width, height);
        await resident.GotoAsync(fixture.Url($"{slug}.localhost", "/my/requests"));
        await Assertions.Expect(resident.GetByRole(AriaRole.Link, new() { Name = number, Exact = true })).ToBeVisibleAsync();
    }

    /// <summary>Other tests may have filed at this building: a duplicate warning is confirmed.</summary>
    private static async Task SubmitAsync(IPage page)
    {
        await page.Locator("main form[method=post] button.primary").ClickAsync();
        await page.Locator(".alert.warn, [data-testid=filed]").First.WaitForAsync();
        if (await page.Locator("input[name=ConfirmDuplicate]").CountAsync() > 0)
        {
            await page.Locator("input[name=ConfirmDuplicate]").CheckAsync();
            await page.Locator("main form[method=post] button.primary").ClickAsync();
            await page.Locator("[data-testid=filed]").WaitForAsync();
        }
    }

    /// <summary>A resident of the city with a mobile number of their own (ten digits after +7) and no address in the profile.</summary>
    private async Task<(string Mailbox, string LocalNumber)> CreateCallerAsync(string slug)
    {
        var local = "9" + RandomNumberGenerator.GetInt32(100_000_000, 999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var mailbox = "caller" + local;
        await using var scope = fixture.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
        var user = new PlatformUser { UserName = $"{mailbox}@{slug}.demo", Email = $"{mailbox}@{slug}.demo", EmailConfirmed = true, FullName = "Рустем Гарипов" };
        user.SetPhone("+7" + local);
        Assert.True((await users.CreateAsync(user, DemoCity.Password)).Succeeded);
        var city = scope.ServiceProvider.GetRequiredService<ITenantStore>().FindBySlug(slug)!;
        await scope.ServiceProvider.GetRequiredService<CityAccess>().JoinAsync(user, city.Id, CancellationToken.None);
        return (mailbox, local);
    }
}
