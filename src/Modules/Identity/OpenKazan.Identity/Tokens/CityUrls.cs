using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using OpenKazan.Tenancy;

namespace OpenKazan.Identity.Tokens;

/// <summary>
/// Where a city's own pages live, seen from the current request: <c>{slug}.{base domain}</c>, or
/// <c>/t/{slug}</c> on the base host when <see cref="OpenKazanIdentityOptions.CitiesByPathPrefix"/> is set (no wildcard DNS).
/// </summary>
public sealed class CityUrls(IOptions<TenancyOptions> tenancy, IOptions<OpenKazanIdentityOptions> identity)
{
    public Uri For(HttpRequest request, TenantInfo city, string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(city);
        var port = request.Host.Port is { } p ? $":{p}" : string.Empty;
        var baseDomain = tenancy.Value.BaseDomain;
        return identity.Value.CitiesByPathPrefix
            ? new Uri($"{request.Scheme}://{baseDomain}{port}/t/{city.Slug}{pathAndQuery}")
            : new Uri($"{request.Scheme}://{city.Slug}.{baseDomain}{port}{pathAndQuery}");
    }
}
