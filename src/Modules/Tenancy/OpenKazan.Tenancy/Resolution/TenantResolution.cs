using Microsoft.AspNetCore.Http;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Tenancy.Resolution;

/// <summary>The outcome of resolving a request to a city.</summary>
public abstract record TenantResolution
{
    /// <summary>The base host with no city: the central area.</summary>
    public sealed record Central : TenantResolution;

    /// <summary>A known city; <paramref name="PathBase"/> is set when it was chosen by a <c>/t/{slug}</c> prefix.</summary>
    public sealed record Found(TenantInfo Tenant, PathString PathBase, PathString RemainingPath) : TenantResolution;

    /// <summary>The request names a city that does not exist (or no longer exists).</summary>
    public sealed record Unknown(string Name) : TenantResolution;
}
