using Microsoft.AspNetCore.Localization;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Host.Localization;

/// <summary>
/// A city speaks only its own languages: a language asked for by the switcher's <c>?lang=</c> or remembered in the
/// cookie (from another city on the shared <c>/t/</c> host, or an old link) that the city does not offer is ignored,
/// so the next source decides and the city's default is used, with its button shown as the active one.
/// </summary>
public static class CityLanguages
{
    public static ProviderCultureResult? OfferedHere(HttpContext context, ProviderCultureResult? asked)
    {
        ArgumentNullException.ThrowIfNull(context);
        var city = context.RequestServices.GetRequiredService<CurrentTenantAccessor>().Info;
        if (asked is null || city is null)
        {
            return asked;
        }

        var language = asked.UICultures.Count > 0 ? asked.UICultures[0].Value : null;
        return language is not null && city.Languages.Contains(language.Split('-')[0], StringComparer.OrdinalIgnoreCase) ? asked : null;
    }
}

/// <summary>The switcher's <c>?lang=</c>, when the city offers that language.</summary>
public sealed class CityQueryStringCultureProvider : QueryStringRequestCultureProvider
{
    public override async Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
        CityLanguages.OfferedHere(httpContext, await base.DetermineProviderCultureResult(httpContext));
}

/// <summary>The remembered language, when the city offers it.</summary>
public sealed class CityCookieCultureProvider : CookieRequestCultureProvider
{
    public override async Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
        CityLanguages.OfferedHere(httpContext, await base.DetermineProviderCultureResult(httpContext));
}
