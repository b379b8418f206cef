using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.BrowserTests;

/// <summary>The three journeys end to end in a real browser, each in two cities with their own branding.</summary>
[Collection(BrowserCollection.Name)]
public sealed class JourneyTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("kazan")]
    [InlineData("grozny")]
    public async Task A_resident_submits_the_executor_holds_resumes_resolves_and_the_resident_confirms(string slug)
    {
        var place = await DemoCity.PlaceAsync(fixture, slug);
        var resident = await DemoCity.SignInAsync(fixture, slug, "resident");
        var number = await DemoCity.SubmitAsync(fixture, resident, slug, place, "Двор не убирают неделю");
        await AssertBrandingAsync(resident, slug);
        await DemoCity.ScreenshotAsync(resident, $"{slug}-request-submitted");

        var executor = await DemoCity.SignInAsync(fixture, slug, "executor");
        await executor.GotoAsync(fixture.Url($"{slug}.localhost", "/work/inbox"));
        await DemoCity.ScreenshotAsync(executor, $"{slug}-executor-inbox");
        await executor.GetByRole(AriaRole.Link, new() { Name = number, Exact = true }).ClickAsync();
        await executor.Locator("form[action*=Accept] button").ClickAsync();
        await executor.Locator("form[action*=Start] button").ClickAsync();
        await executor.Locator("#HoldReason").FillAsync("Ждём запчасти");
        await executor.Locator("form[action*=Hold] button").ClickAsync();
        await Assertions.Expect(executor.Locator(".facts .status")).ToContainTextAsync("приостановлено");
        Assert.Empty(await Accessibility.SeriousViolationsAsync(executor));
        await executor.Locator("form[action*=Resume] button").ClickAsync();
        await Assertions.Expect(executor.Locator(".facts .status")).ToContainTextAsync("выполняется");
        await executor.Locator("#Report").FillAsync("Двор убран");
        await executor.Locator("#Photos").SetInputFilesAsync(new FilePayload { Name = "done.png", MimeType = "image/png", Buffer = DemoCity.Photo });
        await executor.Locator("form[action*=Resolve] button").ClickAsync();
        await Assertions.Expect(executor.Locator(".facts .status")).ToContainTextAsync("выполнено");

        await resident.GotoAsync(fixture.Url($"{slug}.localhost", $"/my/requests/{number}"));
        Assert.Equal($"/my/requests/{number}/rate", await resident.GetByRole(AriaRole.Link, new() { Name = "Оценить работу" }).GetAttributeAsync("href"));
        await DemoCity.ScreenshotAsync(resident, $"{slug}-request-resolved");
        await resident.Locator("form[action*=Confirm] button").ClickAsync();
        await Assertions.Expect(resident.Locator(".facts .status")).ToContainTextAsync("закрыто");

        var anyone = await fixture.NewPageAsync();
        await anyone.GotoAsync(fixture.Url($"{slug}.localhost", $"/status?number={number.ToLowerInvariant()}"));
        Assert.Equal("закрыто", await anyone.Locator("[data-testid=public-status]").InnerTextAsync());
        Assert.DoesNotContain("Двор не убирают", await anyone.ContentAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kazan", "+7 843 200-00-01")]
    [InlineData("grozny", "+7 871 200-00-01")]
    public async Task The_call_centre_registers_a_caller_request_and_warns_of_a_duplicate(string slug, string phone)
    {
        var place = await DemoCity.PlaceAsync(fixture, slug);
        var operatorPage = await DemoCity.SignInAsync(fixture, slug, "operator");
        await RegisterCallAsync(operatorPage, slug, place, phone, confirmDuplicate: true);
        await operatorPage.Locator("[data-testid=filed]").WaitForAsync();
        await RegisterCallAsync(operatorPage, slug, place, phone, confirmDuplicate: false);
        await Assertions.Expect(operatorPage.Locator(".alert.warn")).ToBeVisibleAsync();
        await DemoCity.ScreenshotAsync(operatorPage, $"{slug}-call-centre-duplicate");
        await operatorPage.Locator("input[name=ConfirmDuplicate]").CheckAsync();
        await operatorPage.Locator("main form[method=post] button.primary").ClickAsync();
        await operatorPage.Locator("[data-testid=filed]").WaitForAsync();

        await operatorPage.GotoAsync(fixture.Url($"{slug}.localhost", $"/callcentre?Phone={Uri.EscapeDataString(phone)}"));
        Assert.True(await operatorPage.Locator("table.requests tbody tr").CountAsync() >= 2, "The caller's history lists the requests registered for this phone.");
        await AssertBrandingAsync(operatorPage, slug);
    }

    [Theory]
    [InlineData("kazan")]
    [InlineData("grozny")]
    public async Task The_dispatcher_reroutes_a_request_with_a_reason(string slug)
    {
        var place = await DemoCity.PlaceAsync(fixture, slug);
        var resident = await DemoCity.SignInAsync(fixture, slug, "resident");
        var number = await DemoCity.SubmitAsync(fixture, resident, slug, place, "Мусор во дворе");

        var dispatcher = await DemoCity.SignInAsync(fixture, slug, "dispatcher");
        await dispatcher.GotoAsync(fixture.Url($"{slug}.localhost", $"/dispatch?Category={place.CategoryId}"));
        await DemoCity.ScreenshotAsync(dispatcher, $"{slug}-dispatcher-queue");
        await dispatcher.GetByRole(AriaRole.Link, new() { Name = number, Exact = true }).ClickAsync();
        await dispatcher.Locator("#OrganisationId").SelectOptionAsync(new SelectOptionValue { Label = place.OtherOrganisation });
        await dispatcher.Locator("#RerouteReason").FillAsync("Двор обслуживает другая управляющая компания");
        await dispatcher.Locator("form[action*=Reroute] button").ClickAsync();

        await Assertions.Expect(dispatcher.Locator(".facts div").Nth(3).Locator("dd")).ToHaveTextAsync(place.OtherOrganisation);
        await Assertions.Expect(dispatcher.Locator(".timeline")).ToContainTextAsync("Двор обслуживает другая");
        await AssertBrandingAsync(dispatcher, slug);
    }

    /// <summary>Registers a call; other tests may have filed at the same place, so a duplicate warning is confirmed here.</summary>
    private async Task RegisterCallAsync(IPage page, string slug, DemoPlace place, string phone, bool confirmDuplicate)
    {
        await page.GotoAsync(fixture.Url($"{slug}.localhost", "/callcentre"));
        await page.Locator("input[name=Phone]").FillAsync(phone);
        await page.Locator("input[name=Address]").FillAsync(place.Address);
        await page.Locator("form[role=search] button").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = place.Address, Exact = true }).ClickAsync();
        await page.Locator("input[name=CallerName]").FillAsync("Иванова Мария");
        await page.Locator("#CategoryId").SelectOptionAsync(place.CategoryId.ToString());
        await page.Locator("#Description").FillAsync("Звонок: двор не убран");
        await page.Locator("main form[method=post] button.primary").ClickAsync();
        await page.Locator(".alert.warn, [data-testid=filed]").First.WaitForAsync();
        if (confirmDuplicate && await page.Locator(".alert.warn").CountAsync() > 0)
        {
            await page.Locator("input[name=ConfirmDuplicate]").CheckAsync();
            await page.Locator("main form[method=post] button.primary").ClickAsync();
        }
    }

    /// <summary>Each city's pages carry its own name and colours.</summary>
    private async Task AssertBrandingAsync(IPage page, string slug)
    {
        var city = fixture.Services.GetRequiredService<ITenantStore>().FindBySlug(slug)!;
        Assert.Equal(slug, await page.Locator("body").GetAttributeAsync("data-city"));
        Assert.Contains(city.Name("ru"), await page.Locator(".brand").InnerTextAsync(), StringComparison.Ordinal);
        var primary = await page.Locator(".site-header").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        var value = Convert.ToInt32(city.Branding.PrimaryColor.TrimStart('#'), 16);
        Assert.Equal($"rgb({(value >> 16) & 0xff}, {(value >> 8) & 0xff}, {value & 0xff})", primary);
    }
}
