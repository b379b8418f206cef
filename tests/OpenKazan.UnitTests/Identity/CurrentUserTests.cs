using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.BuildingBlocks.Tenancy;
using OpenKazan.Identity.Users;

namespace OpenKazan.UnitTests.Identity;

/// <summary>Roles count only in the city the principal is bound to; an unbound principal keeps only global roles.</summary>
public sealed class CurrentUserTests
{
    private static readonly Guid Kazan = Guid.NewGuid();
    private static readonly Guid Grozny = Guid.NewGuid();
    private static readonly Guid Organisation = Guid.NewGuid();

    [Fact]
    public void A_principal_of_this_city_has_its_roles_and_organisation()
    {
        var user = CurrentUser(Kazan, Principal(Kazan, Roles.Executor));

        Assert.Equal([Roles.Executor], user.Roles);
        Assert.Equal(Organisation, user.OrganisationId);
        Assert.NotNull(user.UserId);
    }

    [Fact]
    public void A_principal_of_another_city_has_no_roles_here()
    {
        var user = CurrentUser(Grozny, Principal(Kazan, Roles.Executor, Roles.PlatformAdmin));

        Assert.Empty(user.Roles);
        Assert.Null(user.OrganisationId);
    }

    [Fact]
    public void An_unbound_principal_keeps_only_its_global_roles()
    {
        var user = CurrentUser(Grozny, Principal(null, Roles.PlatformAdmin, Roles.Operator));

        Assert.Equal([Roles.PlatformAdmin], user.Roles);
    }

    [Fact]
    public void Anonymous_has_nothing()
    {
        var user = CurrentUser(Kazan, new ClaimsPrincipal(new ClaimsIdentity()));

        Assert.Null(user.UserId);
        Assert.Empty(user.Roles);
    }

    private static HttpCurrentUser CurrentUser(Guid city, ClaimsPrincipal principal) =>
        new(new HttpContextAccessor { HttpContext = new DefaultHttpContext { User = principal } }, new FixedTenant(city));

    private static ClaimsPrincipal Principal(Guid? city, params string[] roles)
    {
        var claims = new List<Claim> { new(OpenKazanClaims.Subject, Guid.NewGuid().ToString()), new(OpenKazanClaims.OrganisationId, Organisation.ToString()) };
        claims.AddRange(roles.Select(r => new Claim(OpenKazanClaims.Role, r)));
        if (city is { } id)
        {
            claims.Add(new Claim(OpenKazanClaims.TenantId, id.ToString()));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }

    private sealed class FixedTenant(Guid id) : ICurrentTenant
    {
        public TenantContext? Tenant { get; } = new(id, "city", "Europe/Moscow", "ru", ["ru"], "X", WorkingCalendar.FiveDayWeek, null);
    }
}
