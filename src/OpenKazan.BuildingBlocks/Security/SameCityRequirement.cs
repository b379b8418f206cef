using Microsoft.AspNetCore.Authorization;
using OpenKazan.BuildingBlocks.Tenancy;

namespace OpenKazan.BuildingBlocks.Security;

/// <summary>
/// The principal must be bound to the current city, or hold a global role. A cookie or token of Kazan is
/// refused in Grozny even when its roles would match.
/// </summary>
public sealed class SameCityRequirement : IAuthorizationRequirement;

public sealed class SameCityHandler(ICurrentTenant currentTenant) : AuthorizationHandler<SameCityRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, SameCityRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User;
        var global = Roles.GlobalRoles.Any(r => user.HasClaim(OpenKazanClaims.Role, r) && !user.HasClaim(c => c.Type == OpenKazanClaims.TenantId));
        var boundHere = currentTenant.Id is { } city
            && user.FindFirst(OpenKazanClaims.TenantId)?.Value is { } bound
            && Guid.TryParse(bound, out var boundId) && boundId == city;
        if (global || boundHere)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
