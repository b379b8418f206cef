using System.Globalization;
using Microsoft.Playwright;

namespace OpenKazan.BrowserTests;

/// <summary>
/// Addresses typed loosely on the resident's form and in the call-centre console, on a desktop and on a phone; the
/// operator reads the resident's message when nothing matches and a known caller is recognised by a number typed as 8-9…
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AddressSearchTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    public async Task The_resident_finds_a_house_typed_loosely_and_reads_why_when_nothing_matches(int width, int height)
    {
        var resident = await DemoCity.SignInAsync(fixture, "kazan", "resident", width, height);
        await resident.GotoAsync(fixture.Url("kazan.localhost", "/my/requests/new"));

        await SearchAsync(resident, "#Address", "button[formaction*=Search]", "баумана, 11");
        await Assertions.Expect(resident.Locator("#building-choices label.choice").First).ToHaveTextAsync("ул. Баумана, д. 11");
        await DemoCity.ScreenshotAsync(resident, $"kazan-address-search-resident-{width}");

        await SearchAsync(resident, "#Address", "button[formaction*=Search]", "Щющая 99");
        await Assertions.Expect(resident.Locator("#building-choices")).ToContainTextAsync("Такого адреса нет в реестре города. Проверьте написание.");
    }

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    public async Task The_operator_finds_the_same_houses_and_recognises_a_caller_by_a_number_typed_with_8(int width, int height)
    {
        var digits = Random.Shared.Next(100, 999).ToString(CultureInfo.InvariantCulture);
        var operatorPage = await DemoCity.SignInAsync(fixture, "kazan", "operator", width, height);
        await operatorPage.GotoAsync(fixture.Url("kazan.localhost", "/callcentre"));
        await operatorPage.Locator("input[name=Phone]").FillAsync($"+7 917 {digits}-45-67");
        await SearchAsync(operatorPage, "input[name=Address]", "form[role=search] button", "Baumana 11");
        await Assertions.Expect(operatorPage.Locator("main ul.links a").First).ToHaveTextAsync("ул. Баумана, д. 11");
        await operatorPage.Locator("main ul.links a").First.ClickAsync();
        await operatorPage.Locator("input[name=CallerName]").FillAsync("Гарипова Алсу");
        await operatorPage.Locator("#CategoryId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await operatorPage.Locator("#Description").FillAsync("Звонок: течёт крыша");
        await operatorPage.Locator("main form[method=post] button.primary").ClickAsync();
        await operatorPage.Locator(".alert.warn, [data-testid=filed]").First.WaitForAsync();
        if (await operatorPage.Locator("input[name=ConfirmDuplicate]").CountAsync() > 0)
        {
            await operatorPage.Locator("input[name=ConfirmDuplicate]").CheckAsync();
            await operatorPage.Locator("main form[method=post] button.primary").ClickAsync();
        }

        await operatorPage.Locator("[data-testid=filed]").WaitForAsync();
        await operatorPage.GotoAsync(fixture.Url("kazan.localhost", "/callcentre"));
        await SearchAsync(operatorPage, "input[name=Phone]", "form[role=search] button", $"8-917-{digits}-45-67");

        await Assertions.Expect(operatorPage.Locator("main p[role=status]").First).ToContainTextAsync("Гарипова Алсу");
        await Assertions.Expect(operatorPage.Locator("input[name=CallerName]")).ToHaveValueAsync("Гарипова Алсу");
        await Assertions.Expect(operatorPage.Locator("main form[method=post]")).ToContainTextAsync("ул. Баумана, д. 11");
        await DemoCity.ScreenshotAsync(operatorPage, $"kazan-call-centre-caller-recognised-{width}");

        await operatorPage.GotoAsync(fixture.Url("kazan.localhost", "/callcentre"));
        await SearchAsync(operatorPage, "input[name=Address]", "form[role=search] button", "Щющая 99");
        await Assertions.Expect(operatorPage.Locator("main")).ToContainTextAsync("Такого адреса нет в реестре города. Проверьте написание.");
    }

    private static async Task SearchAsync(IPage page, string field, string button, string typed)
    {
        await page.Locator(field).FillAsync(typed);
        await page.Locator(button).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }
}
