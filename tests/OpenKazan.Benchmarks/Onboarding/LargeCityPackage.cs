using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace OpenKazan.Benchmarks.Onboarding;

/// <summary>
/// Writes a city package of the given size into a folder: the demo Kazan's categories, SLA and calendar, with
/// generated districts, organisations and buildings (unique codes and addresses, coordinates inside the bounds).
/// </summary>
internal static class LargeCityPackage
{
    private const int Districts = 10;
    private const int ManagingShare = 3;

    /// <summary>Writes the package; <paramref name="address"/> gives building n's address (default: a numbered street).</summary>
    public static void Write(string folder, string repositoryRoot, int buildings, int organisations, Func<int, string>? address = null)
    {
        address ??= b => Invariant($"ул. Генерируемая {b / 100}, д. {b % 100 + 1}");
        Directory.CreateDirectory(folder);
        var kazan = Path.Combine(repositoryRoot, "tenants", "kazan");
        foreach (var file in new[] { "categories.csv", "sla.json", "logo.svg" })
        {
            File.Copy(Path.Combine(kazan, file), Path.Combine(folder, file), overwrite: true);
        }

        var tenant = JsonNode.Parse(File.ReadAllText(Path.Combine(kazan, "tenant.json")))!;
        tenant["id"] = "0b3c9a52-6f41-4d7e-8a2b-5c1d9e8f7a60";
        tenant["slug"] = "bigcity";
        tenant["requestNumberPrefix"] = "BIG";
        tenant["hostNames"] = new JsonArray();
        tenant["bounds"] = new JsonObject { ["minLat"] = 55.0, ["maxLat"] = 56.0, ["minLong"] = 49.0, ["maxLong"] = 50.0 };
        File.WriteAllText(Path.Combine(folder, "tenant.json"), tenant.ToJsonString());

        WriteLines(folder, "districts.csv", "code,name_ru,name_tt,name_en",
            Enumerable.Range(1, Districts).Select(d => Invariant($"d{d},Район {d},Район {d},District {d}")));
        var managing = organisations / ManagingShare;
        WriteLines(folder, "organisations.csv", "code,type,name_ru,name_tt,name_en,inn,phone,email,district",
            Enumerable.Range(1, organisations).Select(o => Invariant(
                $"org-{o},{(o <= managing ? "ManagingOrganisation" : "Contractor")},Организация {o},Оешма {o},Organisation {o},{1600000000 + o},+7 843 000-00-00,org{o}@example.org,d{1 + (o % Districts)}")));
        WriteLines(folder, "buildings.csv", "id,address,district,lat,long,managing_org,floors,flats,year_built",
            Enumerable.Range(1, buildings).Select(b => Invariant(
                $"b-{b:000000},\"{address(b)}\",d{1 + (b % Districts)},{55.0 + (b % 1000) / 1000.0:0.000000},{49.0 + (b / 1000) / 100.0:0.000000},org-{1 + (b % managing)},9,72,1980")));
        WriteLines(folder, "responsibilities.csv", "category,district,building,organisation",
            [Invariant($"lift,,,org-{managing + 1}"), Invariant($"water.leak,,,org-{managing + 2}")]);
    }

    private static void WriteLines(string folder, string file, string header, IEnumerable<string> lines)
    {
        var text = new StringBuilder(header).Append('\n');
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }

        File.WriteAllText(Path.Combine(folder, file), text.ToString());
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
