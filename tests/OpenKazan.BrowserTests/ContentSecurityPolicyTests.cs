using Microsoft.Playwright;

namespace OpenKazan.BrowserTests;

/// <summary>
/// The policy is enforced by the browser, and the tests would notice a page that needs what it refuses: an injected
/// inline script does not run and is recorded, while the city's own scripts (Leaflet, the page scripts) do run.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task An_injected_inline_script_is_refused_and_recorded_while_the_pages_own_scripts_run()
    {
        var page = await fixture.NewPageAsync(390, 844);
        var response = await page.GotoAsync(fixture.Url("kazan.localhost", "/open-requests?lang=ru"));
        Assert.Contains("script-src 'self'", (await response!.AllHeadersAsync())["content-security-policy"], StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#open-requests-map.leaflet-container")).ToHaveCountAsync(1);
        Assert.Empty(BrowserFixture.CspViolations(page));

        // What a stored-XSS payload would do once in the page: add a script element with inline text.
        var refusal = page.WaitForConsoleMessageAsync(new() { Predicate = m => m.Text.Contains("Content Security Policy", StringComparison.Ordinal) });
        await page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.injected = true'; document.body.append(s); }");
        await refusal;

        Assert.False(await page.EvaluateAsync<bool>("() => window.injected === true"));
        Assert.Contains(BrowserFixture.CspViolations(page), v => v.Contains("inline script", StringComparison.Ordinal));
    }
}
