using Microsoft.AspNetCore.Localization;

namespace OpenKazan.Host.Localization;

/// <summary>
/// Remembers the language chosen with the switcher (<c>?lang=</c>) in the culture cookie, so the next pages and the
/// form posts stay in it without carrying the query string.
/// </summary>
public static class LanguageCookie
{
    public static IApplicationBuilder UseLanguageCookie(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var feature = context.Features.Get<IRequestCultureFeature>();
        if (context.Request.Query.ContainsKey("lang") && feature?.Provider is QueryStringRequestCultureProvider)
        {
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(feature.RequestCulture),
                new CookieOptions { Path = "/", HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, MaxAge = TimeSpan.FromDays(365) });
        }

        await next();
    });
}
