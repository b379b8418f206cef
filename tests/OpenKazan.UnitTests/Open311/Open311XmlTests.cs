using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using OpenKazan.Open311.Discovery;
using OpenKazan.Open311.Formatting;
using OpenKazan.Open311.Services;

namespace OpenKazan.UnitTests.Open311;

/// <summary>The element shapes of GeoReport v2 XML, written from the same tree as the JSON.</summary>
public sealed class Open311XmlTests
{
    private static XDocument Xml(string root, object payload) =>
        XDocument.Parse(Encoding.UTF8.GetString(Open311Xml.Write(root, JsonSerializer.SerializeToElement(payload, payload.GetType(), Open311Json.Options))));

    [Fact]
    public void Errors_are_errors_of_error_with_code_and_description()
    {
        var xml = Xml("errors", new[] { new Open311Error(403, "Invalid api_key") });

        var error = Assert.Single(xml.Root!.Elements("error"));
        Assert.Equal("errors", xml.Root.Name.LocalName);
        Assert.Equal("403", error.Element("code")!.Value);
        Assert.Equal("Invalid api_key", error.Element("description")!.Value);
    }

    [Fact]
    public void Services_are_services_of_service_with_lower_case_booleans()
    {
        var xml = Xml("services", new[] { new ServiceDto("lift.stuck", "Застревание в лифте", "Лифт", true, "realtime", "lift", "Лифт") });

        var service = Assert.Single(xml.Root!.Elements("service"));
        Assert.Equal("lift.stuck", service.Element("service_code")!.Value);
        Assert.Equal("true", service.Element("metadata")!.Value);
        Assert.Equal("Застревание в лифте", service.Element("service_name")!.Value);
    }

    [Fact]
    public void A_service_definition_nests_attributes_and_their_values()
    {
        var xml = Xml("service_definition", new ServiceDefinitionDto("lift.stuck", ServiceAttributes.For("lift")));

        var attributes = xml.Root!.Element("attributes")!.Elements("attribute").ToList();
        Assert.Equal(3, attributes.Count);
        var values = attributes.Single(a => a.Element("code")!.Value == ServiceAttributes.LiftType).Element("values")!.Elements("value").ToList();
        Assert.Equal(["passenger", "freight"], values.Select(v => v.Element("key")!.Value));
    }

    [Fact]
    public void Discovery_lists_endpoints_and_their_formats()
    {
        var document = new DiscoveryDocument("2026-11-28T00:00:00Z", "c", "k",
            [new DiscoveryEndpointDto(DiscoveryEndpoint.Specification, "http://kazan.localhost/open311/v2", "2026-11-28T00:00:00Z", "production", ["text/xml", "application/json"])]);

        var xml = Xml("discovery", document);

        var endpoint = Assert.Single(xml.Root!.Element("endpoints")!.Elements("endpoint"));
        Assert.Equal(["text/xml", "application/json"], endpoint.Element("formats")!.Elements("format").Select(f => f.Value));
        Assert.Equal("k", xml.Root.Element("key_service")!.Value);
    }

    [Fact]
    public void Absent_values_are_left_out()
    {
        var xml = Xml("service_requests", new[] { new { service_request_id = "KZN-2026-000001", status_notes = (string?)null } });

        var request = Assert.Single(xml.Root!.Elements("request"));
        Assert.Null(request.Element("status_notes"));
    }

    [Fact]
    public void Control_characters_stored_in_a_text_are_left_out_and_the_rest_is_kept()
    {
        var xml = Xml("service_requests", new[] { new { description = "Звонок\u0007 не\u0000 работает\tв подъезде 😀\nи\u001b всё" } });

        Assert.Equal("Звонок не работает\tв подъезде 😀\nи всё", Assert.Single(xml.Root!.Elements("request")).Element("description")!.Value);
    }
}
