using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.Workflow;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.BrowserTests;

/// <summary>
/// Every page a resident or a passer-by reads, in each language of the city, shows words and not the program's names:
/// no resource key left untranslated ("Event_Submitted", "RespondTitle") and, in Russian and Tatar, no enum name
/// ("Accepted", "TenantAdmin", "Resident"). The text read is what Chromium renders, not the markup; what a page marks as
/// code (the open-data field names and values) is for programs and is left out.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class UntranslatedWordsTests(BrowserFixture fixture)
{
    /// <summary>Latin names a page may show in any language: the map data, the API standard, an image format.</summary>
    private static readonly HashSet<string> Allowed = new(StringComparer.Ordinal) { "OpenStreetMap", "Open311", "WebP" };

    private static readonly HashSet<string> EnumNames = new[]
        {
            typeof(RequestStatus), typeof(RequestChannel), typeof(RequestPriority), typeof(RequesterKind), typeof(ActorRole),
            typeof(WorkflowAction), typeof(SlaIncidentKind), typeof(OpenKazan.Sla.Contracts.EscalationRole), typeof(OpenKazan.Tenancy.Contracts.TenantStatus),
            typeof(OpenKazan.Registry.Contracts.OrganisationType), typeof(OpenKazan.Requests.Contracts.DeadlineState),
        }
        .SelectMany(Enum.GetNames)
        .Concat(ConstantsOf(typeof(Roles))).Concat(ConstantsOf(typeof(RequestEventKinds))).Concat(ConstantsOf(typeof(SlaStages)))
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>The body's rendered text without what is marked as code: the open-data page names its fields and values for programs.</summary>
    private const string ShownWordsScript = "() => { const body = document.body.cloneNode(true); body.querySelectorAll('code, pre, script, style').forEach(e => e.remove()); " +
        "document.documentElement.appendChild(body); const text = body.innerText; body.remove(); return text; }";

    [Theory]
    [InlineData("kazan", "ru")]
    [InlineData("kazan", "tt")]
    [InlineData("kazan", "en")]
    [InlineData("grozny", "ru")]
    [InlineData("grozny", "en")]
    public async Task Resident_and_public_pages_show_no_resource_keys_or_enum_names(string slug, string language)
    {
        var place = await DemoCity.PlaceAsync(fixture, slug);
        var resident = await DemoCity.SignInAsync(fixture, slug, "resident");
        var number = await DemoCity.SubmitAsync(fixture, resident, slug, place, "Не работает освещение во дворе");
        var anonymous = await fixture.NewPageAsync();
        string[] publicPages = ["/", $"/status?number={number}", "/open-requests", "/ratings", "/open-data", "/account/login", "/account/register", "/nonexistent"];
        string[] residentPages = ["/my/requests/new", "/my/requests", $"/my/requests/{number}"];

        var found = new List<string>();
        foreach (var (page, path) in publicPages.Select(p => (anonymous, p)).Concat(residentPages.Select(p => (resident, p))))
        {
            var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
            await page.GotoAsync(fixture.Url($"{slug}.localhost", $"{path}{separator}lang={language}"));
            Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
            var text = await page.EvaluateAsync<string>(ShownWordsScript);
            Assert.Contains((await page.Locator("main h1").First.InnerTextAsync()).Trim(), text, StringComparison.Ordinal);
            found.AddRange(MachineWords(text, language).Select(word => $"{path}: {word}"));
        }

        Assert.True(found.Count == 0, $"Untranslated words in {slug} ({language}):\n{string.Join('\n', found.Distinct())}");
    }

    [Theory]
    [InlineData("ru")]
    [InlineData("tt")]
    [InlineData("en")]
    public async Task The_list_of_cities_on_the_base_host_shows_their_status_in_words(string language)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.Url("localhost", $"/?lang={language}"));

        Assert.True(await page.Locator("main tbody tr").CountAsync() >= 3);
        var text = await page.EvaluateAsync<string>(ShownWordsScript);
        Assert.Empty(MachineWords(text, language));
    }

    private static IEnumerable<string> MachineWords(string text, string language)
    {
        foreach (var word in LatinWord().Matches(text).Select(m => m.Value).Distinct())
        {
            if (Allowed.Contains(word))
            {
                continue;
            }

            var key = word.Contains('_', StringComparison.Ordinal) || CamelCase().IsMatch(word);
            if (key || (language != "en" && EnumNames.Contains(word)))
            {
                yield return word;
            }
        }
    }

    private static IEnumerable<string> ConstantsOf(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!);

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9_]+")]
    private static partial Regex LatinWord();

    /// <summary>Two or more capitalised parts run together, as resource keys and enum names are written.</summary>
    [GeneratedRegex(@"^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+$")]
    private static partial Regex CamelCase();
}
