using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenKazan.Requests.Domain;
using static OpenKazan.IntegrationTests.Open311.Open311Api;

namespace OpenKazan.IntegrationTests.Open311;

/// <summary>Filing and reading requests through Open311: every location kind, every error path, and city isolation.</summary>
public abstract class ServiceRequestsTests(Open311Factory factory)
{
    private const string Create = "/open311/v2/requests.json";

    private HttpClient Kazan => factory.ClientFor("kazan.localhost");

    private static (string, string)[] Lift(params (string, string)[] more) =>
        [("api_key", KazanKey), ("service_code", "lift.out-of-order"), ("attribute[entrance]", "2"), ("description", "Лифт стоит"), .. more];

    [Fact]
    public async Task A_request_filed_by_address_id_goes_through_the_intake()
    {
        var (status, body) = await PostJsonAsync(Kazan, Create, Lift(("address_id", "kzn-000003"), ("attribute[floor]", "5"),
            ("email", "client@example.org"), ("first_name", "Ильдар"), ("media_url", "https://example.org/p.jpg")));

        Assert.Equal(HttpStatusCode.OK, status);
        AssertMatches("request-created", body);
        var id = body[0]!["service_request_id"]!.GetValue<string>();
        Assert.Matches(@"^KZN-2026-\d{6}$", id);

        var (_, read) = await GetJsonAsync(Kazan, $"/open311/v2/requests/{id}.json?extensions=true");
        AssertMatches("service-requests", read);
        var request = read[0]!;
        Assert.Equal("kzn-000003", request["address_id"]!.GetValue<string>());
        Assert.Equal("https://example.org/p.jpg", request["media_url"]!.GetValue<string>());
        Assert.Equal("Open311", request["extended_attributes"]!["channel"]!.GetValue<string>());
        Assert.Equal("5", request["extended_attributes"]!["attributes"]!["floor"]![0]!.GetValue<string>());
        Assert.Contains("floor: 5", request["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("client@example.org", read.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_that_needs_a_photo_asks_for_media_url()
    {
        (string, string)[] yard = [("api_key", KazanKey), ("service_code", "yard.cleaning"), ("address_id", "kzn-000005"), ("description", "Двор не убран")];

        var (refused, error) = await PostJsonAsync(Kazan, Create, yard);
        var (filed, _) = await PostJsonAsync(Kazan, Create, [.. yard, ("media_url", "https://photos.example.org/yard.jpg")]);

        Assert.Equal(HttpStatusCode.BadRequest, refused);
        Assert.Contains("media_url", error[0]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, filed);
    }

    [Fact]
    public async Task A_request_filed_by_address_string_matches_the_registry()
    {
        var (status, body) = await PostJsonAsync(Kazan, Create, Lift(("address_string", "ул. Дементьева, д. 2")));

        Assert.Equal(HttpStatusCode.OK, status);
        var (_, read) = await GetJsonAsync(Kazan, $"/open311/v2/requests/{body[0]!["service_request_id"]}.json");
        Assert.Equal("kzn-000001", read[0]!["address_id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("api_key", "", HttpStatusCode.Forbidden, "api_key")]
    [InlineData("api_key", "made-up", HttpStatusCode.Forbidden, "api_key")]
    [InlineData("api_key", GroznyKey, HttpStatusCode.Forbidden, "api_key")]
    [InlineData("service_code", "", HttpStatusCode.BadRequest, "service_code")]
    [InlineData("service_code", "no.such", HttpStatusCode.NotFound, "no.such")]
    [InlineData("jurisdiction_id", "grozny", HttpStatusCode.NotFound, "jurisdiction_id")]
    [InlineData("lat", "55.70", HttpStatusCode.BadRequest, "lat and long")]
    [InlineData("address_id", "kzn-999999", HttpStatusCode.BadRequest, "address_id")]
    [InlineData("address_string", "ул. Несуществующая, д. 1", HttpStatusCode.BadRequest, "address_string")]
    [InlineData("media_url", "ftp://example.org/x", HttpStatusCode.BadRequest, "media_url")]
    [InlineData("email", "not-an-email", HttpStatusCode.BadRequest, "email")]
    [InlineData("attribute[entrance]", "", HttpStatusCode.BadRequest, "attribute[entrance]")]
    public async Task Bad_creates_are_refused_with_the_parameter_named(string name, string value, HttpStatusCode expected, string mentions)
    {
        // A location parameter under test replaces the address_id that every other case files with.
        var location = name is "lat" or "address_id" or "address_string";
        var form = Lift(("address_id", "kzn-000001")).Where(p => p.Item1 != name && !(location && p.Item1 == "address_id")).Append((name, value)).ToArray();

        AssertError(expected, await PostJsonAsync(Kazan, Create, form), mentions);
    }

    [Fact]
    public async Task Attributes_as_clients_send_them_are_taken_and_unknown_ones_noted()
    {
        var (status, body) = await PostJsonAsync(Kazan, Create, Lift(("address_id", "kzn-000002"), ("attribute[floor]", "5.5"),
            ("attribute[fms_extra_title]", "MR")));

        Assert.Equal(HttpStatusCode.OK, status);
        AssertMatches("request-created", body);
        Assert.Contains("Ignored (not attributes of this service): attribute[fms_extra_title].", body[0]!["service_notice"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_thousand_ids_are_read_in_one_call_as_fixmystreet_sends_them()
    {
        var (_, body) = await PostJsonAsync(Kazan, Create, Lift(("address_id", "kzn-000002")));
        var filed = body[0]!["service_request_id"]!.GetValue<string>();
        var ids = Enumerable.Range(1, 999).Select(i => $"KZN-2025-{i:000000}").Append(filed);
        var path = $"/open311/v2/requests.xml?service_request_id={Uri.EscapeDataString(string.Join(',', ids))}&jurisdiction_id=kazan";

        var (status, xml) = await GetXmlAsync(Kazan, path);

        Assert.True(path.Length < 32768, "the request line fits the MaxRequestLineSize HostSetup gives Kestrel");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(filed, Assert.Single(xml.Root!.Elements("request")).Element("service_request_id")!.Value);
    }

    [Fact]
    public async Task Coordinates_far_from_any_building_say_so()
    {
        var answer = await PostJsonAsync(Kazan, Create, Lift(("lat", "55.70"), ("long", "48.95")));

        AssertError(HttpStatusCode.BadRequest, answer, "No building of this city within 150 m");
    }

    [Fact]
    public async Task A_missing_location_and_a_long_description_are_refused()
    {
        AssertError(HttpStatusCode.BadRequest, await PostJsonAsync(Kazan, Create, Lift()), "location");
        var longText = Lift(("address_id", "kzn-000001")).Where(p => p.Item1 != "description").Append(("description", new string('а', 4001))).ToArray();
        AssertError(HttpStatusCode.BadRequest, await PostJsonAsync(Kazan, Create, longText), "description");
    }

    [Fact]
    public async Task A_create_without_a_form_or_key_errs_in_xml_too()
    {
        AssertXmlError(HttpStatusCode.Forbidden, await PostXmlAsync(Kazan, "/open311/v2/requests.xml", ("service_code", "lift.stuck")));
        var json = await Kazan.PostAsync(new Uri(Create, UriKind.Relative), new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
    }

    [Fact]
    public async Task A_request_of_one_city_is_invisible_from_another()
    {
        var (_, body) = await PostJsonAsync(Kazan, Create, Lift(("address_id", "kzn-000001")));
        var id = body[0]!["service_request_id"]!.GetValue<string>();
        var token = await TokenOfAsync(id);
        var grozny = factory.ClientFor("grozny.localhost");

        AssertError(HttpStatusCode.NotFound, await GetJsonAsync(grozny, $"/open311/v2/requests/{id}.json"), id);
        AssertError(HttpStatusCode.NotFound, await GetJsonAsync(grozny, $"/open311/v2/tokens/{token}.json"), token);
        var (_, listed) = await GetJsonAsync(grozny, $"/open311/v2/requests.json?service_request_id={id}");
        Assert.Empty(listed.AsArray());
        var (_, all) = await GetJsonAsync(grozny, "/open311/v2/requests.json");
        Assert.DoesNotContain(all.AsArray(), r => r!["service_request_id"]!.GetValue<string>().StartsWith("KZN", StringComparison.Ordinal));
        var (_, updates) = await GetJsonAsync(grozny, $"/open311/v2/servicerequestupdates.json?service_request_id={id}");
        Assert.Empty(updates.AsArray());
    }

    [Fact]
    public async Task A_new_request_answers_its_id_without_a_token_and_an_earlier_token_still_leads_to_it()
    {
        var (_, body) = await PostJsonAsync(Kazan, Create, Lift(("address_id", "kzn-000001")));
        Assert.Null(body[0]!["token"]);
        var token = await TokenOfAsync(body[0]!["service_request_id"]!.GetValue<string>());

        var (status, read) = await GetJsonAsync(Kazan, $"/open311/v2/tokens/{token}.json");

        Assert.Equal(HttpStatusCode.OK, status);
        AssertMatches("tokens", read);
        Assert.Equal(body[0]!["service_request_id"]!.GetValue<string>(), read[0]!["service_request_id"]!.GetValue<string>());
        AssertError(HttpStatusCode.NotFound, await GetJsonAsync(Kazan, "/open311/v2/tokens/not-a-token.json"), "not-a-token");
    }

    /// <summary>Tokens were the request's internal id when earlier versions returned them with every new request.</summary>
    private async Task<string> TokenOfAsync(string number) =>
        (await factory.QueryAsync("kazan", db => db.Set<ServiceRequest>().Where(r => r.Number == number).Select(r => r.Id).SingleAsync())).ToString();

    [Theory]
    [InlineData("/open311/v2/requests.json?start_date=2026-01-01T00:00:00Z", HttpStatusCode.BadRequest, "90 days")]
    [InlineData("/open311/v2/requests.json?status=pending", HttpStatusCode.BadRequest, "status")]
    [InlineData("/open311/v2/requests.json?page_size=5000", HttpStatusCode.BadRequest, "page_size")]
    [InlineData("/open311/v2/requests.json?service_code=no.such", HttpStatusCode.NotFound, "service_code")]
    [InlineData("/open311/v2/requests/KZN-1999-000001.json", HttpStatusCode.NotFound, "KZN-1999-000001")]
    [InlineData("/open311/v2/servicerequestupdates.json?end_date=never", HttpStatusCode.BadRequest, "end_date")]
    public async Task Bad_reads_are_refused(string path, HttpStatusCode expected, string mentions)
    {
        AssertError(expected, await GetJsonAsync(Kazan, path), mentions);
    }
}

[Collection(Open311SqliteCollection.Name)]
public sealed class SqliteServiceRequestsTests(SqliteOpen311Factory factory) : ServiceRequestsTests(factory);

[Collection(Open311PostgresCollection.Name)]
public sealed class PostgresServiceRequestsTests(PostgresOpen311Factory factory) : ServiceRequestsTests(factory);
