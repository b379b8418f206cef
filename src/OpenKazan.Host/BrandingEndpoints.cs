using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Host;

/// <summary>The current city's logo, served from the catalog so every node has it.</summary>
public static class BrandingEndpoints
{
    public static IEndpointRouteBuilder MapBrandingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/branding/logo", async (CurrentTenantAccessor tenants, ICityCatalog catalog, HttpContext http, CancellationToken ct) =>
        {
            if (tenants.Info is not { } tenant || await catalog.GetLogoAsync(tenant.Id, ct) is not { } logo)
            {
                return Results.NotFound();
            }

            http.Response.Headers.CacheControl = "public, max-age=300";
            http.Response.Headers.XContentTypeOptions = "nosniff";
            http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
            return Results.File(logo.Content, logo.ContentType);
        }).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }
}
