using System.Net;
using System.Text.RegularExpressions;
using OpenKazan.IntegrationTests.Identity;
using OpenKazan.IntegrationTests.Infrastructure;

namespace OpenKazan.IntegrationTests.Admin;

/// <summary>The city administration pages over real HTTP: a TenantAdmin edits the registry, nobody else does.</summary>
public sealed partial class AdminPagesTests(AdminPagesFactory factory) : IClassFixture<AdminPagesFactory>
{
    private const string Kazan = "http://kazan.localhost";
    private const string Grozny = "http://grozny.localhost";

    [Fact]
    public async Task A_tenant_admin_creates_and_edits_an_organisation_and_a_building()
    {
        var admin = await SignedInAsync(Kazan, "admin@kazan.demo");
        var district = FirstOption(await HtmlAsync(admin, $"{Kazan}/admin/buildings/edit"), "DistrictId");
        var code = "test-uk-" + Guid.NewGuid().ToString("N")[..8];

        await SavedAsync(admin, $"{Kazan}/admin/organisations/edit", new()
        {
            ["Code"] = code, ["NameRu"] = "ООО «Тестовая УК»", ["Type"] = "ManagingOrganisation", ["DistrictId"] = district, ["Inn"] = "1655000000",
        });
        var organisation = IdInList(await HtmlAsync(admin, $"{Kazan}/admin/organisations"), code, "organisations");
        await SavedAsync(admin, $"{Kazan}/admin/organisations/edit/{organisation}", new()
        {
            ["Code"] = code, ["NameRu"] = "ООО «Новая УК»", ["Type"] = "ManagingOrganisation", ["DistrictId"] = district,
        });
        Assert.Contains("ООО «Новая УК»", await HtmlAsync(admin, $"{Kazan}/admin/organisations"), StringComparison.Ordinal);

        var street = "ул. Проверочная, д. " + code[^4..];
        var building = Building(code, street, district, organisation);
        await SavedAsync(admin, $"{Kazan}/admin/buildings/edit", building);
        var id = IdInList(await HtmlAsync(admin, $"{Kazan}/admin/buildings?q={Uri.EscapeDataString(street)}"), code, "buildings");
        building["Address"] = street + "А";
        building["Latitude"] = "55,81";
        await SavedAsync(admin, $"{Kazan}/admin/buildings/edit/{id}", building);

        var edited = await HtmlAsync(admin, $"{Kazan}/admin/buildings/edit/{id}");
        Assert.Contains(street + "А", edited, StringComparison.Ordinal);
        Assert.Contains("value=\"55.81\"", edited, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ru", "Код «vakhitovsky» уже занят в этом городе.")]
    [InlineData("tt", "«vakhitovsky» коды бу шәһәрдә инде кулланыла.")]
    [InlineData("en", "The code 'vakhitovsky' is already used in this city.")]
    public async Task A_duplicate_code_is_refused_with_a_message_in_the_chosen_language(string language, string message)
    {
        var admin = await SignedInAsync(Kazan, "admin@kazan.demo");

        var response = await admin.SubmitAsync($"{Kazan}/admin/districts/edit?lang={language}",
            new Dictionary<string, string> { ["Code"] = "vakhitovsky", ["NameRu"] = "Второй Вахитовский" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_building_outside_the_city_or_with_a_word_for_floors_is_refused()
    {
        var admin = await SignedInAsync(Kazan, "admin@kazan.demo");
        var district = FirstOption(await HtmlAsync(admin, $"{Kazan}/admin/buildings/edit"), "DistrictId");
        var building = Building("test-far-" + Guid.NewGuid().ToString("N")[..8], "ул. Далёкая, д. 1", district, null);
        building["Latitude"] = "43.31";

        var outside = await admin.SubmitAsync($"{Kazan}/admin/buildings/edit?lang=en", building);
        building["Latitude"] = "55.8";
        building["Floors"] = "nine";
        var word = await admin.SubmitAsync($"{Kazan}/admin/buildings/edit?lang=en", building);

        Assert.Contains("These coordinates are outside the city.", WebUtility.HtmlDecode(await outside.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains("Enter a whole number.", WebUtility.HtmlDecode(await word.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dispatcher_cannot_open_the_administration()
    {
        var dispatcher = await SignedInAsync(Kazan, "dispatcher@kazan.demo");

        var list = await dispatcher.GetAsync($"{Kazan}/admin/buildings");
        var form = await dispatcher.GetAsync($"{Kazan}/admin/districts/edit");

        Assert.True(list.StatusCode is HttpStatusCode.Forbidden || Browser.IsRedirect(list), $"{list.StatusCode}");
        Assert.True(form.StatusCode is HttpStatusCode.Forbidden || Browser.IsRedirect(form), $"{form.StatusCode}");
        Assert.DoesNotContain("/admin/districts", await HtmlAsync(dispatcher, $"{Kazan}/dispatch"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_citys_admin_can_neither_open_nor_edit_this_citys_rows()
    {
        var kazanAdmin = await SignedInAsync(Kazan, "admin@kazan.demo");
        var kazanBuilding = IdInList(await HtmlAsync(kazanAdmin, $"{Kazan}/admin/buildings"), "kzn-000001", "buildings");
        var groznyAdmin = await SignedInAsync(Grozny, "admin@grozny.demo");

        var open = await groznyAdmin.GetAsync($"{Grozny}/admin/buildings/edit/{kazanBuilding}");
        var token = Token(await HtmlAsync(groznyAdmin, $"{Grozny}/admin/buildings/edit"));
        var fields = Building("kzn-000001", "Захвачено", Guid.Empty.ToString(), null);
        fields["__RequestVerificationToken"] = token;
        var edit = await groznyAdmin.Client.PostAsync(new Uri($"{Grozny}/admin/buildings/edit/{kazanBuilding}"), new FormUrlEncodedContent(fields));
        foreach (Cookie cookie in groznyAdmin.Cookies.GetCookies(new Uri(Grozny)))
        {
            groznyAdmin.Cookies.Add(new Uri(Kazan), new Cookie(cookie.Name, cookie.Value, "/"));
        }

        var onKazan = await groznyAdmin.GetAsync($"{Kazan}/admin/buildings/edit/{kazanBuilding}");

        Assert.Equal(HttpStatusCode.NotFound, open.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.True(onKazan.StatusCode is HttpStatusCode.Forbidden || Browser.IsRedirect(onKazan), $"{onKazan.StatusCode}");
        Assert.Contains("ул. Дементьева, д. 2", await HtmlAsync(kazanAdmin, $"{Kazan}/admin/buildings/edit/{kazanBuilding}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tenant_admin_routes_a_category_to_an_organisation_for_one_building_and_removes_the_row()
    {
        var admin = await SignedInAsync(Kazan, "admin@kazan.demo");
        var code = "test-route-" + Guid.NewGuid().ToString("N")[..8];
        var form = await HtmlAsync(admin, $"{Kazan}/admin/buildings/edit");
        await SavedAsync(admin, $"{Kazan}/admin/buildings/edit", Building(code, "ул. Маршрутная, д. " + code[^4..], FirstOption(form, "DistrictId"), null));
        var map = await HtmlAsync(admin, $"{Kazan}/admin/responsibilities");
        var fields = new Dictionary<string, string>
        {
            ["CategoryId"] = FirstOption(map, "CategoryId"), ["OrganisationId"] = FirstOption(map, "OrganisationId"), ["BuildingCode"] = "no-such-building",
        };

        var unknown = await admin.SubmitAsync($"{Kazan}/admin/responsibilities?handler=Add&lang=en", fields);
        fields["BuildingCode"] = code;
        await SavedAsync(admin, $"{Kazan}/admin/responsibilities?handler=Add", fields);
        var added = await HtmlAsync(admin, $"{Kazan}/admin/responsibilities");
        var remove = Regex.Match(added, $"ул. Маршрутная, д. {code[^4..]}</td>.*?action=\"([^\"]+)\"", RegexOptions.Singleline).Groups[1].Value;
        await SavedAsync(admin, Kazan + remove, []);

        Assert.Contains("No building has the code 'no-such-building'.", WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.DoesNotContain("ул. Маршрутная, д. " + code[^4..], await HtmlAsync(admin, $"{Kazan}/admin/responsibilities"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tenant_admin_changes_the_colours_every_page_shows_them_and_an_unreadable_colour_is_refused()
    {
        var admin = await SignedInAsync(Kazan, "admin@kazan.demo");
        var form = await HtmlAsync(admin, $"{Kazan}/admin/branding");
        var fields = new Dictionary<string, string>
        {
            ["NameRu"] = Value(form, "NameRu"), ["NameTt"] = Value(form, "NameTt"), ["NameEn"] = Value(form, "NameEn"),
            ["PrimaryColor"] = "#ffff00", ["AccentColor"] = Value(form, "AccentColor"),
        };
        var original = fields["AccentColor"];

        var unreadable = await admin.SubmitAsync($"{Kazan}/admin/branding?lang=en", fields);
        fields["PrimaryColor"] = Value(form, "PrimaryColor");
        fields["AccentColor"] = "#123456";
        await SavedAsync(admin, $"{Kazan}/admin/branding", fields);
        var page = await HtmlAsync(admin, $"{Kazan}/status");
        fields["AccentColor"] = original;
        await SavedAsync(admin, $"{Kazan}/admin/branding", fields);

        Assert.Contains("White text is hard to read on this colour", WebUtility.HtmlDecode(await unreadable.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains("--accent: #123456", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_sla_policy_is_refused_with_its_problems_and_the_current_one_saves_as_a_new_version()
    {
        var admin = await SignedInAsync(Grozny, "admin@grozny.demo");
        var form = await HtmlAsync(admin, $"{Grozny}/admin/sla");
        var current = Regex.Match(form, "<textarea id=\"Policy\"[^>]*>(.*?)</textarea>", RegexOptions.Singleline).Groups[1].Value;

        var broken = await admin.SubmitAsync($"{Grozny}/admin/sla?lang=en", new Dictionary<string, string> { ["Policy"] = "{ \"rules\": 5 }" });
        var outOfRange = await admin.SubmitAsync($"{Grozny}/admin/sla?lang=ru", new Dictionary<string, string>
        {
            ["Policy"] = WebUtility.HtmlDecode(current).Replace("\"warningAtPercent\": 80", "\"warningAtPercent\": 120", StringComparison.Ordinal),
        });
        var saved = await admin.SubmitAsync($"{Grozny}/admin/sla", new Dictionary<string, string> { ["Policy"] = current.Trim() });

        Assert.Contains("Nothing was saved.", WebUtility.HtmlDecode(await broken.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains("warningAtPercent: 120 вне допустимых пределов 1–99", WebUtility.HtmlDecode(await outOfRange.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    [Fact]
    public async Task Working_hours_with_the_end_before_the_start_are_refused_in_the_chosen_language()
    {
        var admin = await SignedInAsync(Grozny, "admin@grozny.demo");

        var response = await admin.SubmitAsync($"{Grozny}/admin/calendar?lang=en", new Dictionary<string, string>
        {
            ["Week[0].Day"] = "Monday", ["Week[0].Start"] = "18:00", ["Week[0].End"] = "09:00", ["Holidays"] = "2027-01-01\nnot a date",
        });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Contains("Enter a start and an end time (HH:MM), the start before the end.", html, StringComparison.Ordinal);
        Assert.Contains("Each line must be a date as YYYY-MM-DD.", html, StringComparison.Ordinal);
    }

    private static string Value(string html, string input) =>
        Regex.Match(html, $"id=\"{input}\" name=\"{input}\" value=\"([^\"]*)\"").Groups[1].Value;

    private static Dictionary<string, string> Building(string code, string address, string district, string? manager) => new()
    {
        ["Code"] = code, ["Address"] = address, ["DistrictId"] = district, ["Latitude"] = "55.8", ["Longitude"] = "49.1",
        ["ManagingOrganisationId"] = manager ?? string.Empty, ["Floors"] = "9", ["Flats"] = "72", ["YearBuilt"] = "1985",
    };

    private async Task<AdminBrowser> SignedInAsync(string city, string email)
    {
        var browser = new AdminBrowser(factory);
        await browser.Inner.SignInAsync(city, email);
        return browser;
    }

    private static async Task<string> HtmlAsync(AdminBrowser browser, string url)
    {
        var response = await browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static async Task SavedAsync(AdminBrowser browser, string url, Dictionary<string, string> fields)
    {
        var response = await browser.SubmitAsync(url, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Contains("saved=True", Browser.Location(response)!.Query, StringComparison.OrdinalIgnoreCase);
    }

    private static string FirstOption(string html, string select)
    {
        var match = Regex.Match(html, $"name=\"{select}\"[^>]*>\\s*(?:<option value=\"\">[^<]*</option>\\s*)?<option value=\"([0-9a-f-]{{36}})\"");
        Assert.True(match.Success, $"No choice in {select}.");
        return match.Groups[1].Value;
    }

    private static string IdInList(string html, string code, string list)
    {
        var match = Regex.Match(html, $"<td>{Regex.Escape(code)}</td>.*?/admin/{list}/edit/([0-9a-f-]{{36}})", RegexOptions.Singleline);
        Assert.True(match.Success, $"No row {code} in {list}.");
        return match.Groups[1].Value;
    }

    private static string Token(string html) => TokenPattern().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    /// <summary>The shared test browser plus its raw client, to post to a page that has no form of its own.</summary>
    private sealed class AdminBrowser(AdminPagesFactory factory)
    {
        public Browser Inner { get; } = new(factory);

        public HttpClient Client => _client ??= factory.CreateDefaultClient(
            new Uri("http://localhost/"), new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(Inner.Cookies));

        public System.Net.CookieContainer Cookies => Inner.Cookies;

        private HttpClient? _client;

        public Task<HttpResponseMessage> GetAsync(string url) => Inner.GetAsync(url);

        public Task<HttpResponseMessage> SubmitAsync(string url, IDictionary<string, string> fields) => Inner.SubmitAsync(url, fields);
    }
}

/// <summary>The admin tests change Kazan's registry and branding: a database of their own keeps the demo cities as packaged for every other suite.</summary>
public sealed class AdminPagesFactory() : OpenKazanFactory(OpenKazan.Persistence.DatabaseProvider.Sqlite);
