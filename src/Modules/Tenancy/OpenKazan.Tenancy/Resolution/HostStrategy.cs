using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Tenancy.Resolution;

/// <summary>
/// <c>{slug}.{base domain}</c> and custom host names pick a city; the base domain, the configured extra hosts (a
/// node's own name) and bare IP addresses are the central area. The host is the only thing besides the path prefix that can pick a city.
/// </summary>
public sealed class HostStrategy(ITenantStore store, IOptions<TenancyOptions> options) : ITenantResolutionStrategy
{
    public TenantResolution? Resolve(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var host = request.Host.Host.TrimEnd('.').ToLowerInvariant();
        var baseDomain = options.Value.BaseDomain.ToLowerInvariant();
        if (host.Length == 0 || host == baseDomain || IPAddress.TryParse(host, out _)
            || options.Value.ExtraHosts.Contains(host, StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        if (store.FindByHostName(host) is { } custom)
        {
            return new TenantResolution.Found(custom, PathString.Empty, request.Path);
        }

        var suffix = "." + baseDomain;
        if (!host.EndsWith(suffix, StringComparison.Ordinal))
        {
            return new TenantResolution.Unknown(host);
        }

        var slug = host[..^suffix.Length];
        return store.FindBySlug(slug) is { } tenant
            ? new TenantResolution.Found(tenant, PathString.Empty, request.Path)
            : new TenantResolution.Unknown(slug);
    }
}
