using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.IntegrationTests.Infrastructure;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.IntegrationTests.Identity;

/// <summary>
/// Every mapped endpoint either names one of <see cref="Policies"/> or is explicitly public, and each policy admits
/// exactly the roles of the matrix below in its own city and nobody from another city. A new endpoint without a
/// policy, or a policy that drifts, fails here.
/// </summary>
[Collection(SqliteCollection.Name)]
public sealed class EndpointAuthorizationTests(SqliteFactory factory)
{
    private static readonly string[] CityStaff = [Roles.Operator, Roles.Dispatcher, Roles.Executor, Roles.OrganisationAdmin, Roles.Committee, Roles.TenantAdmin];

    /// <summary>Which roles each policy admits, in the principal's own city.</summary>
    private static readonly Dictionary<string, string[]> Matrix = new()
    {
        [Policies.CityUser] = [Roles.Resident, .. CityStaff, Roles.PlatformAdmin, Roles.RolloutManager],
        [Policies.Resident] = [Roles.Resident],
        [Policies.Operator] = [Roles.Operator],
        [Policies.Dispatcher] = [Roles.Dispatcher],
        [Policies.OrganisationStaff] = [Roles.Executor, Roles.OrganisationAdmin],
        [Policies.OrganisationAdmin] = [Roles.OrganisationAdmin],
        [Policies.CitySupervisor] = [Roles.Committee, Roles.TenantAdmin, Roles.Dispatcher, Roles.PlatformAdmin],
        [Policies.TenantAdmin] = [Roles.TenantAdmin, Roles.PlatformAdmin],
        [Policies.Staff] = [.. CityStaff, Roles.PlatformAdmin],
        [Policies.PlatformAdmin] = [Roles.PlatformAdmin],
        [Policies.CentralTeam] = [Roles.PlatformAdmin, Roles.RolloutManager],
    };

    [Fact]
    public void Every_endpoint_has_a_known_policy_or_is_explicitly_anonymous()
    {
        var unclassified = Endpoints()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && !IsDevelopmentStaticFileFallback(e))
            .Where(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>() is not { Count: > 0 } data || data.Any(d => d.Policy is null || !Matrix.ContainsKey(d.Policy)))
            .Select(e => e.DisplayName)
            .ToList();

        Assert.True(unclassified.Count == 0, "Endpoints without a policy of Policies or AllowAnonymous:\n" + string.Join("\n", unclassified));
    }

    [Fact]
    public void The_public_endpoints_are_the_expected_ones()
    {
        var routes = Endpoints().Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null).Select(e => e.RoutePattern.RawText ?? string.Empty).ToList();

        Assert.Contains(routes, r => r.StartsWith("/api/registry", StringComparison.Ordinal));
        Assert.Contains("/health/ready", routes);
        Assert.Contains("/branding/logo", routes);
        Assert.Contains("/connect/token", routes);
        Assert.Contains("account/login", routes);
        Assert.DoesNotContain("staff", routes);
        Assert.DoesNotContain("account/profile", routes);
    }

    [Fact]
    public async Task Each_role_is_admitted_by_exactly_the_policies_of_the_matrix_on_every_protected_endpoint()
    {
        var store = factory.Services.GetRequiredService<ITenantStore>();
        var kazan = store.FindBySlug("kazan")!;
        var grozny = store.FindBySlug("grozny")!;
        var failures = new List<string>();
        foreach (var (endpoint, policy) in Endpoints().SelectMany(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>()
                     .Where(d => e.Metadata.GetMetadata<IAllowAnonymous>() is null && d.Policy is not null).Select(d => (e, d.Policy!))))
        {
            foreach (var role in Roles.CityRoles.Concat(Roles.GlobalRoles))
            {
                var global = Roles.GlobalRoles.Contains(role);
                var expected = Matrix[policy].Contains(role);
                var inOwnCity = await AllowedAsync(kazan, policy, Principal(global ? null : kazan.Id, role));
                var fromOtherCity = await AllowedAsync(kazan, policy, Principal(grozny.Id, role));

                // Central-team policies guard the central area, not a city: the city a principal came from is irrelevant there.
                var central = policy is Policies.PlatformAdmin or Policies.CentralTeam;
                if (inOwnCity != expected || (fromOtherCity && !central))
                {
                    failures.Add($"{endpoint.DisplayName} ({policy}) as {role}: own city {inOwnCity} (expected {expected}), other city {fromOtherCity}");
                }
            }

            if (await AllowedAsync(kazan, policy, new ClaimsPrincipal(new ClaimsIdentity())))
            {
                failures.Add($"{endpoint.DisplayName} ({policy}) admits anonymous callers");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>
    /// MapStaticAssets adds, in Development only, a fallback that serves files missing from the build manifest; it
    /// ignores the conventions of its builder (so AllowAnonymous cannot reach it) and only ever serves wwwroot.
    /// </summary>
    private static bool IsDevelopmentStaticFileFallback(RouteEndpoint endpoint) =>
        endpoint.RoutePattern.RawText == "{**path:file}" && endpoint.Metadata.Any(m => m.GetType().Name == "FallbackMetadata");

    private List<RouteEndpoint> Endpoints() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

    private static ClaimsPrincipal Principal(Guid? city, string role)
    {
        var claims = new List<Claim> { new(OpenKazanClaims.Subject, Guid.NewGuid().ToString()), new(OpenKazanClaims.Role, role) };
        if (city is { } id)
        {
            claims.Add(new Claim(OpenKazanClaims.TenantId, id.ToString()));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test", OpenKazanClaims.Name, OpenKazanClaims.Role));
    }

    private async Task<bool> AllowedAsync(TenantInfo city, string policy, ClaimsPrincipal principal)
    {
        using var _ = factory.Services.GetRequiredService<CurrentTenantAccessor>().Use(city);
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IAuthorizationService>().AuthorizeAsync(principal, policy)).Succeeded;
    }
}
