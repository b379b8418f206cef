using Microsoft.AspNetCore.Http;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Tenancy.Resolution;

/// <summary><c>/t/{slug}/…</c> on the base host, for deployments without wildcard DNS.</summary>
public sealed class PathPrefixStrategy(ITenantStore store) : ITenantResolutionStrategy
{
    private static readonly PathString Prefix = new("/t");

    public TenantResolution? Resolve(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase, out var rest) || !rest.HasValue)
        {
            return null;
        }

        var value = rest.Value!;
        var end = value.IndexOf('/', 1);
        var slug = end < 0 ? value[1..] : value[1..end];
        var remaining = end < 0 ? PathString.Empty : new PathString(value[end..]);
        if (slug.Length == 0)
        {
            return null;
        }

        return store.FindBySlug(slug) is { } tenant
            ? new TenantResolution.Found(tenant, request.PathBase.Add(Prefix).Add("/" + tenant.Slug), remaining)
            : new TenantResolution.Unknown(slug);
    }
}
