using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Open311.Formatting;
using OpenKazan.Registry.Contracts;

namespace OpenKazan.Open311.Discovery;

internal sealed record DiscoveryDocument(string Changeset, string Contact, string KeyService, IReadOnlyList<DiscoveryEndpointDto> Endpoints);

internal sealed record DiscoveryEndpointDto(string Specification, string Url, string Changeset, string Type, IReadOnlyList<string> Formats);

/// <summary>
/// <c>/open311/discovery.{json,xml}</c>: where a client that knows only the city's host finds the API, its formats and
/// how to get a key. Every URL is absolute and on the city's own host.
/// </summary>
internal static class DiscoveryEndpoint
{
    public const string Specification = "http://wiki.open311.org/GeoReport_v2";

    /// <summary>When this server's API last changed; a city's changeset is this or its services' last change, the later.</summary>
    public static readonly DateTime ApiChanged = new(2026, 11, 28, 0, 0, 0, DateTimeKind.Utc);

    private static readonly string[] Formats = ["text/xml", "application/json"];

    public static async Task<Open311Result> Get(
        Open311Call call, IOptions<Open311Options> options, HttpContext http, TenantScopedDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(http);
        var servicesChanged = await db.ServicesChangedAtAsync(ct);
        var changed = servicesChanged > ApiChanged ? servicesChanged.Value : ApiChanged;
        var changeset = changed.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        var keyService = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/api/open311/keys"
                         + " (keys are issued by the city's administrators)";
        List<DiscoveryEndpointDto> endpoints = [new(Specification, call.BaseUrl, changeset, "production", Formats)];

        // A test endpoint is advertised only where one exists (a staging deployment): the production server files real
        // requests, which are dispatched and notified, so it is never offered as a test endpoint.
        if (!string.IsNullOrWhiteSpace(options.Value.TestEndpoint))
        {
            endpoints.Add(new(Specification, options.Value.TestEndpoint.Replace("{host}", http.Request.Host.Host, StringComparison.Ordinal),
                changeset, "test", Formats));
        }

        var document = new DiscoveryDocument(changeset, options.Value.Contact, keyService, endpoints);
        return new Open311Result(call.Format, "discovery", document);
    }
}
