using System.IO.Compression;
using System.Net;
using OpenKazan.IntegrationTests.Identity;
using OpenKazan.IntegrationTests.Infrastructure;

namespace OpenKazan.IntegrationTests.Onboarding;

/// <summary>
/// The dry run's report through HTTP in the operator's language: a bad INN is one error that counts the buildings
/// that use the organisation (no "missing organisation" per building), and a building outside the city boundary
/// is named with its address and the boundary's name; the preview marks it.
/// </summary>
public abstract class PackageReportTests(OpenKazanFactory factory)
{
    private const string Central = "http://localhost";
    private static readonly string Elabuga = Path.Combine(TestEnvironment.RepositoryRoot, "tests", "OpenKazan.BrowserTests", "Packages", "elabuga");

    [Theory]
    [InlineData("ru", "ИНН «16460» должен состоять из 10 или 12 цифр; упоминается в 3 домах, 1 строке ответственности",
        "дом «ул. Окружная, д. 54» (55.6, 52.05) лежит за границей города «Елабуга»", "нет организации")]
    [InlineData("en", "INN &#x27;16460&#x27; must have 10 or 12 digits; used by 3 buildings, 1 responsibility",
        "the building &#x27;ул. Окружная, д. 54&#x27; (55.6, 52.05) lies outside the city boundary &#x27;Елабуга&#x27;", "missing organisation")]
    public async Task The_dry_run_reports_the_root_error_once_and_names_the_boundary_in_the_operators_language(
        string language, string badInn, string outside, string cascade)
    {
        var platform = new Browser(factory);
        await platform.SignInAsync(Central, "platform@openkazan.demo");

        var response = await platform.SubmitFileAsync(
            $"{Central}/central/import?lang={language}", $"{Central}/central/import?handler=DryRun&lang={language}",
            "Package", "elabuga.zip", BrokenElabuga());
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, CountOf(html, "<tr data-code="));
        Assert.Contains(badInn, html, StringComparison.Ordinal);
        Assert.Contains(outside, html, StringComparison.Ordinal);
        Assert.DoesNotContain(cascade, html, StringComparison.Ordinal);
        Assert.Contains("data-outside=\"1\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"boundary-district\"", html, StringComparison.Ordinal);
    }

    /// <summary>
    /// Elabuga with an organisation whose INN is too short, managing three new buildings and named in a responsibility,
    /// and a fourth new building south of the city.
    /// </summary>
    public static byte[] BrokenElabuga()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var path in Directory.GetFiles(Elabuga))
            {
                var name = Path.GetFileName(path);
                var extra = name switch
                {
                    "organisations.csv" => "uk-kama,ManagingOrganisation,ООО «УК „Кама“»,,,16460,,,centre\n",
                    "buildings.csv" => "elb-000051,\"ул. Камская, д. 51\",centre,55.76,52.05,uk-kama,5,20,2020\n"
                        + "elb-000052,\"ул. Камская, д. 52\",centre,55.761,52.051,uk-kama,5,20,2020\n"
                        + "elb-000053,\"ул. Камская, д. 53\",centre,55.762,52.052,uk-kama,5,20,2020\n"
                        + "elb-000054,\"ул. Окружная, д. 54\",centre,55.60,52.05,uk-elabuga,5,20,2020\n",
                    "responsibilities.csv" => "water.leak,,,uk-kama\n",
                    _ => string.Empty,
                };
                using var entry = new StreamWriter(zip.CreateEntry(name).Open());
                entry.Write(File.ReadAllText(path) + extra);
            }
        }

        return buffer.ToArray();
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}

[Collection(SqliteCollection.Name)]
public sealed class SqlitePackageReportTests(SqliteFactory factory) : PackageReportTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresPackageReportTests(PostgresFactory factory) : PackageReportTests(factory);
