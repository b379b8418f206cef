using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.BuildingBlocks.Tenancy;

namespace OpenKazan.Identity.Users;

/// <summary>
/// <see cref="ICurrentUser"/> from the request's principal. City roles count only when the principal is bound to
/// the current city; a principal of another city keeps its name but has no roles here.
/// </summary>
public sealed class HttpCurrentUser(IHttpContextAccessor http, ICurrentTenant currentTenant) : ICurrentUser
{
    private ClaimsPrincipal? Principal => http.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    public Guid? UserId => Guid.TryParse(Principal?.FindFirst(OpenKazanClaims.Subject)?.Value, out var id) ? id : null;

    public IReadOnlySet<string> Roles
    {
        get
        {
            if (Principal is not { } user)
            {
                return new HashSet<string>();
            }

            var bound = user.FindFirst(OpenKazanClaims.TenantId)?.Value;
            var here = bound is null || (currentTenant.Id is { } city && Guid.TryParse(bound, out var id) && id == city);
            return user.FindAll(OpenKazanClaims.Role).Select(c => c.Value)
                .Where(r => here && (bound is not null || BuildingBlocks.Security.Roles.GlobalRoles.Contains(r)))
                .ToHashSet(StringComparer.Ordinal);
        }
    }

    public Guid? OrganisationId =>
        Roles.Contains(BuildingBlocks.Security.Roles.Executor) || Roles.Contains(BuildingBlocks.Security.Roles.OrganisationAdmin)
            ? Guid.TryParse(Principal?.FindFirst(OpenKazanClaims.OrganisationId)?.Value, out var id) ? id : null
            : null;

    public string? Name => Principal?.FindFirst(OpenKazanClaims.Name)?.Value;

    public string? Email => Principal?.FindFirst(OpenKazanClaims.Email)?.Value;

    public string? Phone => Principal?.FindFirst(OpenKazanClaims.Phone)?.Value;
}
