using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Identity.Tokens;

/// <summary>
/// How a client asks the single issuer for a token of one city: the scope <c>city:{slug}</c>. The slug is only the
/// request's wording; the token records the city's immutable id, so renaming the city later keeps it valid.
/// </summary>
public sealed class CityScopes(ITenantStore store)
{
    public const string Prefix = "city:";

    /// <summary>The requested city, <see cref="CityRequest.None"/> without a city scope, or the unknown slug.</summary>
    public CityRequest Requested(IEnumerable<string> scopes)
    {
        var slugs = scopes.Where(s => s.StartsWith(Prefix, StringComparison.Ordinal)).Select(s => s[Prefix.Length..]).Distinct().ToList();
        return slugs switch
        {
            [] => new CityRequest.None(),
            [var slug] when store.FindBySlug(slug) is { Status: TenantStatus.Active } city => new CityRequest.City(city),
            [var slug] => new CityRequest.Unknown(slug),
            _ => new CityRequest.Unknown(string.Join(' ', slugs)),
        };
    }

    public static string For(TenantInfo city)
    {
        ArgumentNullException.ThrowIfNull(city);
        return Prefix + city.Slug;
    }
}

public abstract record CityRequest
{
    public sealed record None : CityRequest;

    public sealed record City(TenantInfo Tenant) : CityRequest;

    public sealed record Unknown(string Slug) : CityRequest;
}
