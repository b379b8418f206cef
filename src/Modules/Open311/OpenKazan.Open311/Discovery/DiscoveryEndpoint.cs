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
        var test = string.IsNullOrWhiteSpace(options.Value.TestEndpoint)
            ? call.BaseUrl
            : options.Value.TestEndpoint.Replace("{host}", http.Request.Host.Host, StringComparison.Ordinal);
        var keyService = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/api/open311/keys"
                         + " (keys are issued by the city's administrators)";
        var document = new DiscoveryDocument(Changeset, options.Value.Contact, keyService,
        [
            new(Specification, call.BaseUrl, Changeset, "production", Formats),
            new(Specification, test, Changeset, "test", Formats),
        ]);
        return new Open311Result(call.Format, "discovery", document);
    }
}
