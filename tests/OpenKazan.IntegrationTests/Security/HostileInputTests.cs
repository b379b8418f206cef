using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Registry.Domain;
using OpenKazan.Requests.Domain;

namespace OpenKazan.IntegrationTests.Security;

/// <summary>
/// The input rule of docs/security.md on every channel, with a corpus of control characters, over-long text and
/// malformed values: APIs refuse with 400 (problem+json, or the Open311 error list), pages refuse in words (400, the
/// person's text kept minus the characters),
/// the database never stores one, and nothing answers 5xx. Each test counts its cases so the corpus size is on record.
/// </summary>
public abstract class HostileInputTests(SecurityFactory factory)
{
    private const string Kazan = "http://kazan.localhost";
    private const string Open311 = Kazan + "/open311/v2";

    /// <summary>NUL, other C0 controls a paste or a script may carry, and lone surrogate halves.</summary>
    private static readonly string[] Controls = ["\0", "\u0001", "\u0007", "\b", "\u000b", "\u000c", "\u001b", "\u001f", "\ud800", "\udfff"];

    /// <summary>What a form post can carry: UTF-8 has no lone surrogates (they arrive as U+FFFD, an ordinary character).</summary>
    private static readonly string[] FormControls = Controls.Where(c => !char.IsSurrogate(c[0])).ToArray();

    private static readonly string[] Places = ["{0}Течёт кран", "Течёт {0} кран", "Течёт кран{0}"];

    [Fact]
    public async Task Api_json_text_with_a_control_character_or_over_long_is_refused_with_a_problem_and_nothing_is_stored()
    {
        var (_, api) = await factory.SignedInAsync(await factory.NewAccountAsync(Roles.Resident));
        var building = await factory.BuildingIdAsync("kazan", "kzn-000007");
        var category = await factory.CategoryIdAsync("kazan", "other.other");
        var before = await RequestCountAsync();
        var cases = 0;

        foreach (var text in Controls.SelectMany(c => Places.Select(p => string.Format(CultureInfo.InvariantCulture, p, c))).Append(new string('я', 100_001)))
        {
            foreach (var field in new[] { "description", "name", "flat", "email", "phone" })
            {
                var body = Submission(building, category, field == "description" ? text : "Течёт кран", field == "name" ? text : "Алсу",
                    field == "flat" ? text : "12", field == "email" ? text : null, field == "phone" ? text : null);
                var response = await api.PostAsync(new Uri("/api/requests", UriKind.Relative), Json(body));
                await ExpectProblemAsync(response, HttpStatusCode.BadRequest, field);
                cases++;
            }
        }

        foreach (var path in new[] { "/api/registry/buildings?q=", "/api/requests?status=", "/api/requests/status/KZN-" })
        {
            // NUL in the path never reaches the app: Kestrel answers 400 to the request line (the test server throws).
            var inPath = !path.Contains('?', StringComparison.Ordinal);
            foreach (var control in FormControls.Where(c => !inPath || c != "\0"))
            {
                var response = await api.GetAsync(new Uri(path + Uri.EscapeDataString(control), UriKind.Relative));
                await ExpectProblemAsync(response, HttpStatusCode.BadRequest, null);
                cases++;
            }
        }

        Assert.Equal(before, await RequestCountAsync());

        // Tab and line breaks are text, not controls: the same form with them is filed.
        var filed = await api.PostAsync(new Uri("/api/requests", UriKind.Relative), Json(Submission(building, category, "Течёт\tкран\r\nна кухне", "Алсу", "12", null, null)));
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        Assert.True(cases >= 150, $"{cases} cases");
    }

    [Fact]
    public async Task Open311_form_posts_with_a_control_character_get_the_spec_error_in_the_asked_format_and_an_over_large_form_413()
    {
        var client = factory.ClientFor("kazan.localhost");
        var before = await RequestCountAsync();
        var cases = 0;
        foreach (var control in FormControls)
        {
            foreach (var field in new[] { "description", "first_name", "last_name", "email", "phone", "address_string", "service_code", "attribute[floor]", "api_key" })
            {
                foreach (var format in new[] { "json", "xml" })
                {
                    var form = ValidOpen311Form().Where(p => p.Key != field).Append(new(field, $"Сосулька{control}над входом")).ToList();
                    var response = await client.PostAsync(new Uri($"{Open311}/requests.{format}"), new FormUrlEncodedContent(form));
                    await ExpectOpen311ErrorAsync(response, format, HttpStatusCode.BadRequest);
                    cases++;
                }
            }
        }

        // The query string of the public feed is input too: the same spec error, never a 500 or an unfiltered list.
        foreach (var control in FormControls)
        {
            foreach (var parameter in new[] { "status", "service_code", "service_request_id" })
            {
                foreach (var format in new[] { "json", "xml" })
                {
                    var response = await client.GetAsync(new Uri($"{Open311}/requests.{format}?{parameter}={Uri.EscapeDataString($"open{control}")}"));
                    await ExpectOpen311ErrorAsync(response, format, HttpStatusCode.BadRequest);
                    cases++;
                }
            }
        }

        var huge = ValidOpen311Form().Concat(Enumerable.Range(0, 2_000).Select(i => new KeyValuePair<string, string>($"attribute[x{i}]", "1")));
        await ExpectOpen311ErrorAsync(await client.PostAsync(new Uri($"{Open311}/requests.json"), new FormUrlEncodedContent(huge)), "json", HttpStatusCode.RequestEntityTooLarge);
        var longText = ValidOpen311Form().Where(p => p.Key != "description").Append(new("description", new string('x', 100_001)));
        await ExpectOpen311ErrorAsync(await client.PostAsync(new Uri($"{Open311}/requests.xml"), new FormUrlEncodedContent(longText)), "xml", HttpStatusCode.BadRequest);
        cases += 2;

        Assert.Equal(before, await RequestCountAsync());
        var filed = await client.PostAsync(new Uri($"{Open311}/requests.json"), new FormUrlEncodedContent(ValidOpen311Form()));
        Assert.Equal(HttpStatusCode.OK, filed.StatusCode);
        Assert.True(cases >= 190, $"{cases} cases");
    }

    [Fact]
    public async Task Page_forms_refuse_control_characters_in_words_keeping_the_text_and_refuse_over_long_text_in_words()
    {
        var cases = 0;
        foreach (var control in FormControls)
        {
            var email = $"paste-{Guid.NewGuid():N}@example.org";
            var browser = new Identity.Browser(factory);
            var response = await browser.SubmitAsync($"{Kazan}/account/register", new Dictionary<string, string>
            {
                ["Email"] = email, ["FullName"] = $"Алия Сафина{control}", ["Phone"] = "8-917-555-12-34",
                ["Password"] = "Secret123", ["ConfirmPassword"] = "Secret123",
            });
            // Refused like the API, but in words, with the name as typed minus the control character; no account.
            await ExpectRefusedPageAsync(response, "Алия Сафина");
            Assert.Null(await FullNameAsync(email));
            cases++;
        }

        var tooLong = new Identity.Browser(factory);
        var refused = await tooLong.SubmitAsync($"{Kazan}/account/register", new Dictionary<string, string>
        {
            ["Email"] = $"long-{Guid.NewGuid():N}@example.org", ["FullName"] = new string('Ы', 100_000),
            ["Password"] = "Secret123", ["ConfirmPassword"] = "Secret123",
        });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("FullName", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Under the transport limit but over the column: refused in words too, never a database error.
        var overColumn = await new Identity.Browser(factory).SubmitAsync($"{Kazan}/account/register", new Dictionary<string, string>
        {
            ["Email"] = $"long-{Guid.NewGuid():N}@example.org", ["FullName"] = new string('Ы', 5_000),
            ["Password"] = "Secret123", ["ConfirmPassword"] = "Secret123",
        });
        Assert.Equal(HttpStatusCode.BadRequest, overColumn.StatusCode);
        Assert.Contains("200", await overColumn.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var status = await new Identity.Browser(factory).GetAsync($"{Kazan}/status?number=KZN%00-1");
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        Assert.True(cases + 3 >= 11, $"{cases} cases");
    }

    [Fact]
    public async Task Multipart_and_page_forms_of_every_channel_refuse_control_characters_like_the_json_api_and_store_nothing()
    {
        var resident = await factory.SignedInAsync(await factory.NewAccountAsync(Roles.Resident));
        var operatorBrowser = (await factory.SignedInAsync(await factory.NewAccountAsync(Roles.Operator))).Browser;
        var building = await factory.BuildingIdAsync("kazan", "kzn-000007");
        var category = await factory.CategoryIdAsync("kazan", "other.other");
        var filed = await resident.Api.PostAsync(new Uri("/api/requests", UriKind.Relative), Json(Submission(building, category, "Течёт кран", "Алсу", "12", null, null)));
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        var number = JsonNode.Parse(await filed.Content.ReadAsStringAsync())!["request"]!["number"]!.GetValue<string>();
        var open311 = factory.ClientFor("kazan.localhost");
        var (requests, comments) = (await RequestCountAsync(), await CommentCountAsync());
        var cases = 0;

        foreach (var control in Controls)
        {
            // The JSON API's multipart form (a request with photos): its JSON part follows the JSON rule.
            using var withPhotos = new MultipartFormDataContent
            {
                { new StringContent(Submission(building, category, $"Течёт кран{control}", "Алсу", "12", null, null)), "request" },
                { new ByteArrayContent([0xFF, 0xD8, 0xFF, 0xE0]), "photos", "photo.jpg" },
            };
            await ExpectProblemAsync(await resident.Api.PostAsync(new Uri("/api/requests", UriKind.Relative), withPhotos), HttpStatusCode.BadRequest, "description");
            cases++;
        }

        foreach (var control in FormControls)
        {
            foreach (var format in new[] { "json", "xml" })
            {
                using var form = new MultipartFormDataContent();
                foreach (var (key, value) in ValidOpen311Form().Where(p => p.Key != "description").Append(new("description", $"Сосулька{control}над входом")))
                {
                    form.Add(new StringContent(value), key);
                }

                await ExpectOpen311ErrorAsync(await open311.PostAsync(new Uri($"{Open311}/requests.{format}"), form), format, HttpStatusCode.BadRequest);
                cases++;
            }

            var newRequest = await resident.Browser.SubmitMultipartAsync($"{Kazan}/my/requests/new", new Dictionary<string, string>
            {
                ["BuildingId"] = building.ToString(), ["CategoryId"] = category.ToString(), ["Flat"] = "12",
                ["Description"] = $"Течёт кран на кухне{control}", ["Phone"] = "8-917-555-12-34",
            });
            await ExpectRefusedPageAsync(newRequest, "Течёт кран на кухне");

            var comment = await resident.Browser.SubmitAsync($"{Kazan}/my/requests/{number}", $"{Kazan}/my/requests/{number}?handler=Comment",
                new Dictionary<string, string> { ["CommentText"] = $"Спасибо, жду{control}" });
            await ExpectRefusedPageAsync(comment, null);

            var call = await operatorBrowser.SubmitAsync($"{Kazan}/callcentre?Phone=89175551234&BuildingId={building}", $"{Kazan}/callcentre", new Dictionary<string, string>
            {
                ["Phone"] = "8-917-555-12-34", ["BuildingId"] = building.ToString(), ["CallerName"] = $"Ильдар{control} Хасанов",
                ["CategoryId"] = category.ToString(), ["Description"] = "Нет воды в подъезде",
            });
            await ExpectRefusedPageAsync(call, "Ильдар Хасанов");
            cases += 3;
        }

        Assert.Equal(requests, await RequestCountAsync());
        Assert.Equal(comments, await CommentCountAsync());
        Assert.True(cases >= 50, $"{cases} cases");
    }

    [Fact]
    public async Task Text_written_by_any_other_channel_is_stored_without_control_characters_and_every_feed_still_answers()
    {
        // An import, a job or an upload's text field reach the database without the middleware: the storage rule holds there.
        var code = $"d{Guid.NewGuid():N}"[..12];
        await factory.InCityAsync("kazan", async sp =>
        {
            var db = sp.GetRequiredService<BuildingBlocks.Persistence.TenantScopedDbContext>();
            db.Add(new District { Code = code, Name = new OpenKazan.BuildingBlocks.LocalizedText("Ново\0савиновский\u0007", "Яңа\u001bСавин") });
            await db.SaveChangesAsync();
            return true;
        });

        var stored = await factory.QueryAsync("kazan", db => db.Set<District>().Where(d => d.Code == code).Select(d => d.Name).SingleAsync());
        Assert.Equal(new OpenKazan.BuildingBlocks.LocalizedText("Новосавиновский", "ЯңаСавин"), stored);

        var client = factory.ClientFor("kazan.localhost");
        foreach (var feed in new[] { "/open311/v2/services.xml", "/open311/v2/services.json", "/open311/v2/requests.xml", "/open-data", "/open-requests" })
        {
            var response = await client.GetAsync(new Uri(feed, UriKind.Relative));
            Assert.True((int)response.StatusCode < 500, $"{feed}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Malformed_values_empty_bodies_and_out_of_range_dates_never_get_a_server_error()
    {
        var (_, api) = await factory.SignedInAsync(await factory.NewAccountAsync(Roles.Resident));
        var client = factory.ClientFor("kazan.localhost");
        (HttpClient Client, string Method, string Path, string? Body, string? Type)[] cases =
        [
            (api, "POST", "/api/requests", null, null),
            (api, "POST", "/api/requests", "", "application/json"),
            (api, "POST", "/api/requests", "{\"buildingId\":\"" + new string('9', 400) + "\"}", "application/json"),
            (api, "POST", "/api/requests", "{\"latitude\":1e400,\"longitude\":-1e400}", "application/json"),
            (api, "POST", "/api/requests", "{\"channel\":99999}", "application/json"),
            (api, "POST", "/api/requests", "{\"channel\":\"Web\\u0000\"}", "application/json"),
            (api, "POST", "/api/requests", new string('[', 5_000), "application/json"),
            (api, "POST", "/api/requests", "{\"description\":\"\\ud800\"}", "application/json"),
            (api, "POST", "/api/requests", "\u00ff\u00fe", "application/json; charset=utf-16"),
            (api, "POST", "/api/requests", "a=1", "application/x-www-form-urlencoded"),
            (api, "POST", "/api/requests", "--x--", "multipart/form-data; boundary=x"),
            (api, "POST", $"/api/requests/{Guid.NewGuid()}/comments", null, null),
            (api, "POST", $"/api/requests/{Guid.NewGuid()}/cancel", "{\"version\":-1}", "application/json"),
            (api, "POST", $"/api/notifications/{Guid.NewGuid()}/read", null, null),
            (api, "GET", "/api/requests?take=-5", null, null),
            (api, "GET", "/api/requests?from=0001-01-01&to=9999-12-31", null, null),
            (api, "GET", "/api/requests?status=99", null, null),
            (api, "GET", "/api/requests?after=%FF%FE", null, null),
            (api, "GET", "/api/registry/buildings?q=" + new string('д', 10_000), null, null),
            (api, "GET", "/api/analytics/reports?from=99999-01-01", null, null),
            (api, "GET", "/api/analytics/reports?from=2026-13-45&to=1900-01-01", null, null),
            (client, "GET", "/open311/v2/requests.json?start_date=99999-01-01T00:00:00Z", null, null),
            (client, "GET", "/open311/v2/requests.json?start_date=0000-00-00&end_date=-1", null, null),
            (client, "GET", "/open311/v2/requests.xml?start_date=2026-01-01T00:00:00%2B99:00", null, null),
            (client, "GET", "/open311/v2/requests.json?status=%00", null, null),
            (client, "GET", "/open311/v2/requests.json?page_size=99999999999999999999", null, null),
            (client, "GET", "/open311/v2/requests.json?lat=NaN&long=Infinity&radius=-1", null, null),
            (client, "GET", "/open311/v2/requests/" + new string('9', 2_000) + ".json", null, null),
            (client, "GET", "/open311/v2/requests.json?service_request_id=" + string.Join(',', Enumerable.Repeat("x", 3_000)), null, null),
            (client, "POST", "/open311/v2/requests.json", null, null),
            (client, "POST", "/open311/v2/requests.json", "", "application/x-www-form-urlencoded"),
            (client, "POST", "/open311/v2/requests.json", "%%%&&&==", "application/x-www-form-urlencoded"),
            (client, "POST", "/open311/v2/requests.json", "{\"api_key\":1}", "application/json"),
            (client, "POST", "/open311/v2/requests.json", "api_key=dev-kazan-open311&service_code=roof.icicles&lat=91&long=181", "application/x-www-form-urlencoded"),
            (client, "POST", "/open311/v2/requests.json", "api_key=dev-kazan-open311&service_code=roof.icicles&address_id=kzn-000003&requested_datetime=99999", "application/x-www-form-urlencoded"),
            (client, "GET", "/status?number=" + new string('K', 5_000), null, null),
            (client, "GET", "/open-requests?page=-1", null, null),
            (client, "GET", "/open-requests?page=99999999999", null, null),
            (client, "GET", "/ratings?from=99999-99-99", null, null),
            (client, "GET", "/open-data?format=%00", null, null),
            (client, "POST", "/account/login", "Email=%00&Password=x", "application/x-www-form-urlencoded"),
            (client, "POST", "/connect/token", "grant_type=password&username=%00", "application/x-www-form-urlencoded"),
            (client, "POST", "/connect/token", null, null),
        ];

        foreach (var (who, method, path, body, type) in cases)
        {
            using var message = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
            if (body is not null)
            {
                message.Content = new StringContent(body, Encoding.UTF8);
                message.Content.Headers.ContentType = type is null ? null : System.Net.Http.Headers.MediaTypeHeaderValue.Parse(type);
            }

            var response = await who.SendAsync(message);
            Assert.True((int)response.StatusCode < 500, $"{method} {path[..Math.Min(path.Length, 120)]}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static string Submission(Guid building, Guid category, string description, string name, string flat, string? email, string? phone) =>
        $"{{\"buildingId\":\"{building}\",\"categoryId\":\"{category}\",\"flat\":{Escape(flat)},\"description\":{Escape(description)}," +
        $"\"requester\":{{\"name\":{Escape(name)}{(email is null ? string.Empty : ",\"email\":" + Escape(email))}" +
        $"{(phone is null ? string.Empty : ",\"phone\":" + Escape(phone))}}}}}";

    /// <summary>A JSON string literal that keeps every character as sent, lone surrogates included (a serializer would replace them).</summary>
    private static string Escape(string text)
    {
        var json = new StringBuilder("\"");
        foreach (var c in text)
        {
            json.Append(c < ' ' || char.IsSurrogate(c) || c is '"' or '\\' ? $"\\u{(int)c:x4}" : c.ToString());
        }

        return json.Append('"').ToString();
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static List<KeyValuePair<string, string>> ValidOpen311Form() =>
    [
        new("api_key", "dev-kazan-open311"), new("service_code", "roof.icicles"), new("address_id", "kzn-000003"),
        new("description", "Сосулька\tнад входом"), new("first_name", "Ильдар"), new("last_name", "Хамитов"),
        new("media_url", "https://photos.example.org/icicles.jpg"),
    ];

    private static async Task ExpectProblemAsync(HttpResponseMessage response, HttpStatusCode status, string? field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{response.RequestMessage!.RequestUri}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (field is not null)
        {
            Assert.True(field == JsonNode.Parse(body)?["field"]?.GetValue<string>(), $"{field}: {body}");
        }
    }

    private static async Task ExpectOpen311ErrorAsync(HttpResponseMessage response, string format, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode} {body}");
        var code = format == "xml"
            ? XDocument.Parse(body).Root!.Element("error")!.Element("code")!.Value
            : JsonNode.Parse(body)![0]!["code"]!.ToString();
        Assert.Equal(((int)status).ToString(CultureInfo.InvariantCulture), code);
    }

    /// <summary>A page refusing a form in words: 400, the page itself with the message, the text kept without the character.</summary>
    private static async Task ExpectRefusedPageAsync(HttpResponseMessage response, string? keptText)
    {
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{response.RequestMessage!.RequestUri}: {(int)response.StatusCode}");
        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Contains("невидимые управляющие символы", html, StringComparison.Ordinal);
        if (keptText is not null)
        {
            Assert.Contains(keptText, html, StringComparison.Ordinal);
        }
    }

    private Task<int> CommentCountAsync() => factory.QueryAsync("kazan", db => db.Set<RequestComment>().CountAsync());

    private Task<int> RequestCountAsync() => factory.QueryAsync("kazan", db => db.Set<ServiceRequest>().CountAsync());

    private Task<string?> FullNameAsync(string email) => factory.InCityAsync("kazan", async sp =>
        (await sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<OpenKazan.Identity.Domain.PlatformUser>>().FindByEmailAsync(email))?.FullName);
}

[Collection(SqliteSecurityCollection.Name)]
public sealed class SqliteHostileInputTests(SqliteSecurityFactory factory) : HostileInputTests(factory);

[Collection(PostgresSecurityCollection.Name)]
public sealed class PostgresHostileInputTests(PostgresSecurityFactory factory) : HostileInputTests(factory);
