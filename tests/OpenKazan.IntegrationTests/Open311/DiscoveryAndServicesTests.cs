using System.Net;
using static OpenKazan.IntegrationTests.Open311.Open311Api;

namespace OpenKazan.IntegrationTests.Open311;

/// <summary>Discovery, services and service definitions of every city, in JSON and XML, and their error paths.</summary>
public abstract class DiscoveryAndServicesTests(Open311Factory factory)
{
    [Theory]
    [InlineData("kazan.localhost", "/open311/discovery.json", "http://kazan.localhost/open311/v2")]
    [InlineData("localhost", "/t/grozny/open311/discovery.json", "http://localhost/t/grozny/open311/v2")]
    public async Task Discovery_points_to_the_city_own_endpoint(string host, string path, string url)
    {
        var (status, body) = await GetJsonAsync(factory.ClientFor(host), path);

        Assert.Equal(HttpStatusCode.OK, status);
        AssertMatches("discovery", body);
        Assert.All(body["endpoints"]!.AsArray(), e => Assert.Equal(url, e!["url"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Discovery_in_xml_has_endpoints_and_formats()
    {
        var (status, xml) = await GetXmlAsync(factory.ClientFor("kazan.localhost"), "/open311/discovery.xml");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("discovery", xml.Root!.Name.LocalName);
        var endpoints = xml.Root.Element("endpoints")!.Elements("endpoint").ToList();
        Assert.Equal(["production"], endpoints.Select(e => e.Element("type")!.Value));
        Assert.All(endpoints, e => Assert.Equal(2, e.Element("formats")!.Elements("format").Count()));
    }

    [Fact]
    public async Task Services_are_the_city_leaf_categories()
    {
        var (status, body) = await GetJsonAsync(factory.ClientFor("kazan.localhost"), "/open311/v2/services.json");

        Assert.Equal(HttpStatusCode.OK, status);
        AssertMatches("services", body);
        var services = body.AsArray();
        var lift = services.Single(s => s!["service_code"]!.GetValue<string>() == "lift.stuck")!;
        Assert.True(lift["metadata"]!.GetValue<bool>());
        Assert.Equal("realtime", lift["type"]!.GetValue<string>());
        Assert.DoesNotContain(services, s => s!["service_code"]!.GetValue<string>() == "lift");
        Assert.False(services.Single(s => s!["service_code"]!.GetValue<string>() == "roof.leak")!["metadata"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Services_in_xml_are_services_of_service()
    {
        var (_, xml) = await GetXmlAsync(factory.ClientFor("grozny.localhost"), "/open311/v2/services.xml?lang=en");

        Assert.Equal("services", xml.Root!.Name.LocalName);
        Assert.NotEmpty(xml.Root.Elements("service"));
        Assert.All(xml.Root.Elements("service"), s => Assert.NotNull(s.Element("service_code")));
    }

    [Fact]
    public async Task A_service_with_attributes_has_a_definition_in_both_formats()
    {
        var client = factory.ClientFor("kazan.localhost");

        var (status, body) = await GetJsonAsync(client, "/open311/v2/services/lift.stuck.json");
        var (_, xml) = await GetXmlAsync(client, "/open311/v2/services/lift.stuck.xml");

        Assert.Equal(HttpStatusCode.OK, status);
        AssertMatches("service-definition", body);
        Assert.Equal("lift.stuck", body["service_code"]!.GetValue<string>());
        Assert.Equal("service_definition", xml.Root!.Name.LocalName);
        var values = xml.Root.Element("attributes")!.Elements("attribute").SelectMany(a => a.Element("values")?.Elements("value") ?? []);
        Assert.Contains(values, v => v.Element("key")!.Value == "freight");
    }

    [Theory]
    [InlineData("/open311/v2/services/no.such.json", HttpStatusCode.NotFound, "no.such")]
    [InlineData("/open311/v2/services/roof.leak.json", HttpStatusCode.NotFound, "roof.leak")]
    [InlineData("/open311/v2/services/lift.json", HttpStatusCode.NotFound, "lift")]
    [InlineData("/open311/v2/services.json?jurisdiction_id=grozny", HttpStatusCode.NotFound, "jurisdiction_id")]
    [InlineData("/open311/v2/services.json?api_key=made-up", HttpStatusCode.Forbidden, "api_key")]
    [InlineData("/open311/v2/services.json?api_key=dev-grozny-open311", HttpStatusCode.Forbidden, "api_key")]
    [InlineData("/open311/v2/services.csv", HttpStatusCode.BadRequest, ".json or .xml")]
    public async Task Errors_follow_the_spec(string path, HttpStatusCode expected, string mentions)
    {
        AssertError(expected, await GetJsonAsync(factory.ClientFor("kazan.localhost"), path), mentions);
    }

    [Theory]
    [InlineData("kazan")]
    [InlineData("kazan.localhost")]
    public async Task The_city_slug_or_domain_is_its_jurisdiction(string jurisdiction)
    {
        var (status, _) = await GetJsonAsync(factory.ClientFor("kazan.localhost"), $"/open311/v2/services.json?jurisdiction_id={jurisdiction}&api_key={KazanKey}");

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task The_central_area_has_no_jurisdiction()
    {
        AssertError(HttpStatusCode.NotFound, await GetJsonAsync(factory.ClientFor("localhost"), "/open311/v2/services.json"), "jurisdiction");
        AssertXmlError(HttpStatusCode.NotFound, await GetXmlAsync(factory.ClientFor("localhost"), "/open311/v2/services.xml"));
    }

    [Fact]
    public async Task Errors_in_xml_are_errors_of_error()
    {
        AssertXmlError(HttpStatusCode.NotFound, await GetXmlAsync(factory.ClientFor("kazan.localhost"), "/open311/v2/services/no.such.xml"));
        AssertXmlError(HttpStatusCode.Forbidden, await GetXmlAsync(factory.ClientFor("kazan.localhost"), "/open311/v2/services.xml?api_key=nope"));
    }
}

[Collection(Open311SqliteCollection.Name)]
public sealed class SqliteDiscoveryAndServicesTests(SqliteOpen311Factory factory) : DiscoveryAndServicesTests(factory);

[Collection(Open311PostgresCollection.Name)]
public sealed class PostgresDiscoveryAndServicesTests(PostgresOpen311Factory factory) : DiscoveryAndServicesTests(factory);
