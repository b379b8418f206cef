using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using OpenKazan.BuildingBlocks.Tenancy;
using OpenKazan.BuildingBlocks.Web;

namespace OpenKazan.Identity.Tokens;

/// <summary><see cref="ICityLinks"/> through <see cref="CityUrls"/>, so e-mails link the way sign-in links do.</summary>
public sealed class CityLinks(IHttpContextAccessor http, ICurrentTenant city, CityUrls urls, IOptions<OpenKazanIdentityOptions> identity) : ICityLinks
{
    public Uri To(string pathAndQuery)
    {
        var slug = city.Tenant?.Slug;
        if (http.HttpContext?.Request is { } request)
        {
            return urls.For(request, slug, pathAndQuery);
        }

        var issuer = identity.Value.Issuer;
        return urls.For(issuer?.Scheme ?? Uri.UriSchemeHttps, issuer is { IsDefaultPort: false } ? issuer.Port : null, slug, pathAndQuery);
    }
}
