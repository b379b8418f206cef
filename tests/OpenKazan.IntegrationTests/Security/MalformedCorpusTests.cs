using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.IntegrationTests.Identity;
using OpenKazan.Registry.Domain;
using OpenKazan.Requests.Domain;

namespace OpenKazan.IntegrationTests.Security;

/// <summary>
/// A generated corpus of malformed values (wrong types, out-of-range numbers and dates, empty and over-long text,
/// nested structures, script, another city's ids) put in every field of the JSON API, the account forms and
/// Open311, all in Kazan: no answer is a 5xx, none shows Grozny's data, and no Kazan request points into Grozny.
/// The number of cases is asserted so the corpus size stays on record (docs/security.md).
/// </summary>
public abstract class MalformedCorpusTests(SecurityFactory factory)
{
    private const string Kazan = "http://kazan.localhost";

    private static readonly string[] FormValues =
    [
        "", " ", "0", "-1", "1e400", "NaN", "99999999999999999999", "не-число", "2026-02-30T25:61:00Z", "0001-01-01",
        "<script>alert(1)</script>", "' OR 1=1 --", "%00", "&&==", new string('я', 5_000), "[]", "{}", "null",
    ];

    private Guid _kazanBuilding;
    private Guid _kazanCategory;

    [Fact]
    public async Task Malformed_values_in_every_field_of_every_channel_never_get_a_server_error_or_another_city_s_data()
    {
        var grozny = await GroznyAsync();
        var (_, api) = await factory.SignedInAsync(await factory.NewAccountAsync(Roles.Resident));
        var request = await FileAsync(api);
        var answers = new List<(string Case, HttpResponseMessage Answer)>();

        foreach (var (field, value) in JsonFields().SelectMany(f => JsonValues(grozny).Select(v => (f, v))))
        {
            answers.Add(($"POST /api/requests {field}", await api.PostAsync(new Uri("/api/requests", UriKind.Relative), Json(Submission(field, value)))));
        }

        foreach (var (field, value) in new[] { "text", "internal" }.SelectMany(f => JsonValues(grozny).Select(v => (f, v))))
        {
            answers.Add(($"POST comments {field}", await api.PostAsync(new Uri($"/api/requests/{request}/comments", UriKind.Relative), Json(new JsonObject { [field] = value?.DeepClone() }))));
        }

        foreach (var (parameter, value) in new[] { "status", "take", "after", "from", "to", "q", "categoryId", "districtId" }.SelectMany(p => FormValues.Select(v => (p, v))))
        {
            answers.Add(($"GET /api/requests {parameter}", await api.GetAsync(new Uri($"/api/requests?{parameter}={Uri.EscapeDataString(value)}", UriKind.Relative))));
        }

        answers.AddRange(await FormsAsync());
        answers.AddRange(await Open311Async(grozny));

        foreach (var (name, answer) in answers)
        {
            var body = await answer.Content.ReadAsStringAsync();
            Assert.True((int)answer.StatusCode < 500, $"{name}: {(int)answer.StatusCode} {body[..Math.Min(300, body.Length)]}");
            Assert.DoesNotContain(grozny.Address, body, StringComparison.Ordinal);
        }

        Assert.False(await factory.QueryAsync("kazan", db => db.Set<ServiceRequest>().AnyAsync(r => r.BuildingId == grozny.Building || r.CategoryId == grozny.Category)));
        Assert.True(answers.Count >= 500, $"{answers.Count} cases");
    }

    private static string[] JsonFields() =>
    [
        "channel", "buildingId", "latitude", "longitude", "flat", "entrance", "categoryId", "description", "requester",
        "requester.kind", "requester.name", "requester.phone", "requester.email", "requester.consentToContact", "requester.userId",
    ];

    private static JsonNode?[] JsonValues(Grozny grozny) =>
    [
        null, true, 0, -1, 1e308, -1e308, decimal.MaxValue, "", " ", new string('x', 5_000), "не-guid", Guid.Empty.ToString(),
        new JsonArray(), new JsonObject(), new JsonArray(1, 2), new JsonObject { ["a"] = new JsonObject { ["b"] = new JsonArray() } },
        "2026-02-30", "NaN", "\"'<script>alert(1)</script>", grozny.Building.ToString(), grozny.Category.ToString(),
    ];

    /// <summary>A valid Kazan submission with one field replaced by the value (dotted names reach into the requester).</summary>
    private JsonObject Submission(string field, JsonNode? value)
    {
        var body = new JsonObject
        {
            ["buildingId"] = _kazanBuilding.ToString(), ["categoryId"] = _kazanCategory.ToString(), ["description"] = "Течёт кран",
            ["requester"] = new JsonObject { ["name"] = "Алсу" },
        };
        var parts = field.Split('.');
        var target = parts.Length == 2 ? body["requester"]!.AsObject() : body;
        target[parts[^1]] = value?.DeepClone();
        return body;
    }

    private async Task<Guid> FileAsync(HttpClient api)
    {
        _kazanBuilding = await factory.BuildingIdAsync("kazan", "kzn-000007");
        _kazanCategory = await factory.CategoryIdAsync("kazan", "other.other");
        var filed = await api.PostAsync(new Uri("/api/requests", UriKind.Relative), Json(Submission("flat", "12")));
        return (Guid)JsonNode.Parse(await filed.Content.ReadAsStringAsync())!["request"]!["id"]!;
    }

    private async Task<List<(string, HttpResponseMessage)>> FormsAsync()
    {
        var answers = new List<(string, HttpResponseMessage)>();
        var forms = new (string Page, string[] Fields)[]
        {
            ("/account/login", ["Email", "Password", "ReturnUrl"]),
            ("/account/register", ["Email", "FullName", "Phone", "Password"]),
            ("/account/forgot-password", ["Email"]),
        };
        foreach (var (page, fields) in forms)
        {
            foreach (var (field, value) in fields.SelectMany(f => FormValues.Select(v => (f, v))))
            {
                var form = fields.ToDictionary(f => f, f => f == field ? value : f.Contains("Password", StringComparison.Ordinal) ? "Secret123" : $"corpus-{Guid.NewGuid():N}@example.org");
                form["ConfirmPassword"] = form.GetValueOrDefault("Password", "Secret123");
                answers.Add(($"POST {page} {field}", await new Browser(factory).SubmitAsync(Kazan + page, form)));
            }
        }

        return answers;
    }

    private async Task<List<(string, HttpResponseMessage)>> Open311Async(Grozny grozny)
    {
        var client = factory.ClientFor("kazan.localhost");
        var answers = new List<(string, HttpResponseMessage)>();
        string[] fields = ["service_code", "lat", "long", "address_id", "address_string", "description", "first_name", "last_name", "email", "phone", "media_url", "attribute[floor]"];
        foreach (var (field, value) in fields.SelectMany(f => FormValues.Append(grozny.Code).Select(v => (f, v))))
        {
            var form = new Dictionary<string, string>
            {
                ["api_key"] = "dev-kazan-open311", ["service_code"] = "roof.icicles", ["address_id"] = "kzn-000003", ["description"] = "Сосулька над входом",
                [field] = value,
            };
            var format = answers.Count % 2 == 0 ? "json" : "xml";
            answers.Add(($"POST Open311 {field}", await client.PostAsync(new Uri($"/open311/v2/requests.{format}", UriKind.Relative), new FormUrlEncodedContent(form))));
        }

        foreach (var (parameter, value) in new[] { "start_date", "end_date", "status", "service_code", "service_request_id", "page", "page_size" }.SelectMany(p => FormValues.Select(v => (p, v))))
        {
            answers.Add(($"GET Open311 {parameter}", await client.GetAsync(new Uri($"/open311/v2/requests.json?{parameter}={Uri.EscapeDataString(value)}", UriKind.Relative))));
        }

        return answers;
    }

    private async Task<Grozny> GroznyAsync()
    {
        var building = await factory.QueryAsync("grozny", db => db.Set<Building>().OrderBy(b => b.Code).Select(b => new { b.Id, b.Code, b.Address }).FirstAsync());
        var category = await factory.QueryAsync("grozny", db => db.Set<ServiceCategory>().OrderBy(c => c.Code).Select(c => c.Id).FirstAsync());
        return new Grozny(building.Id, building.Code, building.Address, category);
    }

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    private sealed record Grozny(Guid Building, string Code, string Address, Guid Category);
}

[Collection(SqliteSecurityCollection.Name)]
public sealed class SqliteMalformedCorpusTests(SqliteSecurityFactory factory) : MalformedCorpusTests(factory);

[Collection(PostgresSecurityCollection.Name)]
public sealed class PostgresMalformedCorpusTests(PostgresSecurityFactory factory) : MalformedCorpusTests(factory);
