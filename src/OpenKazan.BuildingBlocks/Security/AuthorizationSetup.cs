using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace OpenKazan.BuildingBlocks.Security;

public static class AuthorizationSetup
{
    /// <summary>The policies of <see cref="Policies"/>: a role requirement plus the same-city requirement.</summary>
    public static IServiceCollection AddOpenKazanAuthorization(this IServiceCollection services)
    {
        services.AddScoped<IAuthorizationHandler, SameCityHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.CityUser, p => City(p))
            .AddPolicy(Policies.Resident, p => City(p, Roles.Resident))
            .AddPolicy(Policies.Operator, p => City(p, Roles.Operator))
            .AddPolicy(Policies.Dispatcher, p => City(p, Roles.Dispatcher))
            .AddPolicy(Policies.OrganisationStaff, p => City(p, Roles.Executor, Roles.OrganisationAdmin))
            .AddPolicy(Policies.OrganisationAdmin, p => City(p, Roles.OrganisationAdmin))
            .AddPolicy(Policies.CitySupervisor, p => City(p, Roles.Committee, Roles.TenantAdmin, Roles.Dispatcher, Roles.PlatformAdmin))
            .AddPolicy(Policies.TenantAdmin, p => City(p, Roles.TenantAdmin, Roles.PlatformAdmin))
            .AddPolicy(Policies.Staff, p => City(p, Roles.Operator, Roles.Dispatcher, Roles.Executor, Roles.OrganisationAdmin, Roles.Committee, Roles.TenantAdmin, Roles.PlatformAdmin))
            .AddPolicy(Policies.PlatformAdmin, p => p.RequireAuthenticatedUser().RequireClaim(OpenKazanClaims.Role, Roles.PlatformAdmin))
            .AddPolicy(Policies.CentralTeam, p => p.RequireAuthenticatedUser().RequireClaim(OpenKazanClaims.Role, Roles.PlatformAdmin, Roles.RolloutManager));
        return services;
    }

    private static AuthorizationPolicyBuilder City(AuthorizationPolicyBuilder policy, params string[] roles)
    {
        policy.RequireAuthenticatedUser().AddRequirements(new SameCityRequirement());
        if (roles.Length > 0)
        {
            policy.RequireClaim(OpenKazanClaims.Role, roles);
        }

        return policy;
    }
}
