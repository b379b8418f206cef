using System.Net;
using OpenKazan.IntegrationTests.Identity;
using OpenKazan.IntegrationTests.Infrastructure;

namespace OpenKazan.IntegrationTests.Registry;

/// <summary>The city's administrator is told, in the page's language, which stored boundary a building would lie outside.</summary>
public abstract class BoundaryMessageTests(OpenKazanFactory factory) : IDisposable
{
    private readonly BoundaryPackages _packages = new(factory.Services);

    [Fact]
    public async Task A_building_outside_a_stored_boundary_is_refused_naming_the_boundary_in_ru_tt_and_en()
    {
        var city = await _packages.ImportAsync(_packages.NewCity());
        var site = $"http://{city.Slug}.localhost";
        var admin = new Browser(factory);
        await admin.SignInAsync(site, await _packages.NewAdminAsync(city), "Secret123");
        var form = WebUtility.HtmlDecode(await (await admin.GetAsync($"{site}/admin/buildings/edit")).Content.ReadAsStringAsync());
        var centre = System.Text.RegularExpressions.Regex.Match(form, "<option value=\"([0-9a-f-]{36})\">Центральный</option>").Groups[1].Value;
        var fields = new Dictionary<string, string>
        {
            ["Code"] = "b-far", ["Address"] = "ул. Граничная, д. 1", ["DistrictId"] = centre, ["Latitude"] = "55.7405", ["Longitude"] = "52.11",
        };

        var ru = await TextAsync(admin, $"{site}/admin/buildings/edit?lang=ru", fields);
        var tt = await TextAsync(admin, $"{site}/admin/buildings/edit?lang=tt", fields);
        fields["Latitude"] = "55.775";
        fields["Longitude"] = "52.05";
        var en = await TextAsync(admin, $"{site}/admin/buildings/edit?lang=en", fields);

        Assert.Contains("Дом лежит за границей города «Елабуга».", ru, StringComparison.Ordinal);
        Assert.Contains("Йорт «Елабуга» шәһәре чигеннән тыш.", tt, StringComparison.Ordinal);
        Assert.Contains("The building lies outside the boundary of the district 'Центральный'.", en, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _packages.Dispose();
        GC.SuppressFinalize(this);
    }

    private static async Task<string> TextAsync(Browser browser, string url, Dictionary<string, string> fields)
    {
        var response = await browser.SubmitAsync(url, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteBoundaryMessageTests(SqliteFactory factory) : BoundaryMessageTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresBoundaryMessageTests(PostgresFactory factory) : BoundaryMessageTests(factory);
