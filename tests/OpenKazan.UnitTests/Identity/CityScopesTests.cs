using OpenKazan.Identity.Tokens;
using OpenKazan.Tenancy;
using OpenKazan.UnitTests.Tenancy;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.UnitTests.Identity;

public sealed class CityScopesTests
{
    [Fact]
    public void A_city_scope_names_an_active_city_by_slug_and_anything_else_is_unknown()
    {
        var scopes = new CityScopes(new Cities.FixedStore(Cities.Kazan, Cities.Make("grozny", TenantStatus.Suspended)));

        Assert.IsType<CityRequest.None>(scopes.Requested(["openid", "profile"]));
        Assert.Equal("kazan", Assert.IsType<CityRequest.City>(scopes.Requested(["openid", "city:kazan"])).Tenant.Slug);
        Assert.IsType<CityRequest.Unknown>(scopes.Requested(["city:grozny"]));
        Assert.IsType<CityRequest.Unknown>(scopes.Requested(["city:atlantis"]));
        Assert.IsType<CityRequest.Unknown>(scopes.Requested(["city:kazan", "city:grozny"]));
    }
}
