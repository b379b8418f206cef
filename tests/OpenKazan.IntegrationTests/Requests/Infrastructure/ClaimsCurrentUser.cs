using Microsoft.AspNetCore.Http;
using OpenKazan.BuildingBlocks.Security;

namespace OpenKazan.IntegrationTests.Requests.Infrastructure;

/// <summary>A plain claims-based <see cref="ICurrentUser"/>, registered only while the product has none of its own.</summary>
public sealed class ClaimsCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private System.Security.Claims.ClaimsPrincipal? User => accessor.HttpContext?.User;

    public Guid? UserId => Guid.TryParse(User?.FindFirst(OpenKazanClaims.Subject)?.Value, out var id) ? id : null;

    public IReadOnlySet<string> Roles => User?.FindAll(OpenKazanClaims.Role).Select(c => c.Value).ToHashSet() ?? [];

    public Guid? OrganisationId => Guid.TryParse(User?.FindFirst(OpenKazanClaims.OrganisationId)?.Value, out var id) ? id : null;

    public string? Name => User?.FindFirst(OpenKazanClaims.Name)?.Value;

    public string? Email => User?.FindFirst(OpenKazanClaims.Email)?.Value;

    public string? Phone => User?.FindFirst(OpenKazanClaims.Phone)?.Value;
}
