using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Identity.Tokens;

/// <summary>
/// Where a city's own pages live, seen from the current request: <c>{slug}.{base domain}</c>, or
/// <c>/t/{slug}</c> on the base host when <see cref="OpenKazanIdentityOptions.CitiesByPathPrefix"/> is set (no wildcard DNS).
/// </summary>
public sealed class CityUrls(IOptions<TenancyOptions> tenancy, IOptions<OpenKazanIdentityOptions> identity)
{
    public Uri For(HttpRequest request, TenantInfo city, string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(city);
        return For(request, city.Slug, pathAndQuery);
    }

    /// <summary>
    /// A page of the city with this slug (the base host when null). Only the scheme and port come from the request;
    /// the host is always the configured one, so a forged Host header can never end up in a link.
    /// </summary>
    public Uri For(HttpRequest request, string? slug, string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(request);
        return For(request.Scheme, request.Host.Port, slug, pathAndQuery);
    }

    /// <summary>The same page for a scheme and port known without a request (the configured issuer's).</summary>
    public Uri For(string scheme, int? port, string? slug, string pathAndQuery)
    {
        var host = port is { } p ? $"{tenancy.Value.BaseDomain}:{p}" : tenancy.Value.BaseDomain;
        return slug is null
            ? new Uri($"{scheme}://{host}{pathAndQuery}")
            : identity.Value.CitiesByPathPrefix
                ? new Uri($"{scheme}://{host}/t/{slug}{pathAndQuery}")
                : new Uri($"{scheme}://{slug}.{host}{pathAndQuery}");
    }
}
