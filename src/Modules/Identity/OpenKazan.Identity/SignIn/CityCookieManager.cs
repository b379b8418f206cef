using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using OpenKazan.BuildingBlocks.Tenancy;

namespace OpenKazan.Identity.SignIn;

/// <summary>
/// Gives each city its own session cookie name (from the city's immutable id). Subdomains are host-only cookies
/// anyway; under <c>/t/{slug}/</c> every city shares the host, and the cookie path is already the request's
/// PathBase, so the name keeps a stray cookie of one city from overwriting or shadowing another's.
/// The real guard stays <see cref="BuildingBlocks.Security.SameCityHandler"/>: a copied cookie is refused there.
/// </summary>
public sealed class CityCookieManager(ICurrentTenant currentTenant) : ICookieManager
{
    private readonly ChunkingCookieManager _inner = new();

    public string? GetRequestCookie(HttpContext context, string key) => _inner.GetRequestCookie(context, Name(key));

    public void AppendResponseCookie(HttpContext context, string key, string? value, CookieOptions options) =>
        _inner.AppendResponseCookie(context, Name(key), value, options);

    public void DeleteCookie(HttpContext context, string key, CookieOptions options) =>
        _inner.DeleteCookie(context, Name(key), options);

    private string Name(string key) => currentTenant.Id is { } city ? $"{key}.{city:N}" : key;
}
