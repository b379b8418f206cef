using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using OpenKazan.Open311.Formatting;

namespace OpenKazan.Open311.Discovery;

public sealed record DiscoveryDocument(string Changeset, string Contact, string KeyService, IReadOnlyList<DiscoveryEndpointDto> Endpoints);

public sealed record DiscoveryEndpointDto(string Specification, string Url, string Changeset, string Type, IReadOnlyList<string> Formats);

/// <summary>
/// <c>/open311/discovery.{json,xml}</c>: where a client that knows only the city's host finds the API, its formats and
/// how to get a key. Every URL is absolute and on the city's own host.
/// </summary>
public static class DiscoveryEndpoint
{
    public const string Specification = "http://wiki.open311.org/GeoReport_v2";

    /// <summary>When this server's API last changed; clients compare it to notice changes.</summary>
    public const string Changeset = "2026-11-28T00:00:00Z";

    private static readonly string[] Formats = ["text/xml", "application/json"];

    public static Open311Result Get(Open311Call call, IOptions<Open311Options> options, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(http);
        var keyService = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/api/open311/keys"
                         + " (keys are issued by the city's administrators)";
        List<DiscoveryEndpointDto> endpoints = [new(Specification, call.BaseUrl, Changeset, "production", Formats)];

        // A test endpoint is advertised only where one exists (a staging deployment): the production server files real
        // requests, which are dispatched and notified, so it is never offered as a test endpoint.
        if (!string.IsNullOrWhiteSpace(options.Value.TestEndpoint))
        {
            endpoints.Add(new(Specification, options.Value.TestEndpoint.Replace("{host}", http.Request.Host.Host, StringComparison.Ordinal),
                Changeset, "test", Formats));
        }

        var document = new DiscoveryDocument(Changeset, options.Value.Contact, keyService, endpoints);
        return new Open311Result(call.Format, "discovery", document);
    }
}
