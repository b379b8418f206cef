using Microsoft.AspNetCore.Localization;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Host.Localization;

/// <summary>When the visitor has not chosen a language, the city's own default language is used.</summary>
public sealed class TenantDefaultCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var tenant = httpContext.RequestServices.GetRequiredService<CurrentTenantAccessor>().Info;
        return Task.FromResult(tenant is null ? null : new ProviderCultureResult(tenant.DefaultCulture));
    }
}
