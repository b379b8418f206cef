using System.Text.Json;
using Microsoft.Playwright;

namespace OpenKazan.BrowserTests;

/// <summary>Runs axe-core (from node_modules, pinned in package-lock.json) in the page and returns serious and critical violations.</summary>
public static class Accessibility
{
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        Assert.Empty(BrowserFixture.CspViolations(page));
        var axe = Environment.GetEnvironmentVariable("OPENKAZAN_TEST_AXE")
            ?? throw new InvalidOperationException("OPENKAZAN_TEST_AXE is not set: run the tests through ./test.sh.");

        // Evaluated by the browser's debugger, not as a <script> tag: the page's policy allows no inline script.
        await page.EvaluateAsync(await File.ReadAllTextAsync(axe));
        var json = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, { resultTypes: ['violations'] })).violations" +
            ".filter(v => v.impact === 'serious' || v.impact === 'critical')" +
            ".map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))");
        return json.EnumerateArray().Select(e => e.GetString()!).ToList();
    }
}
