using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.BuildingBlocks.Tenancy;
using OpenKazan.Identity.Domain;
using OpenKazan.Identity.Users;

namespace OpenKazan.Identity.SignIn;

/// <summary>
/// The session cookie's principal: bound to the city where the person signed in (its immutable id), with the
/// roles valid there. The same cookie is worthless in another city (see <see cref="SameCityHandler"/>).
/// </summary>
public sealed class CityPrincipalFactory(
    UserManager<PlatformUser> users,
    IOptions<IdentityOptions> options,
    ICurrentTenant currentTenant,
    CityAccess access)
    : UserClaimsPrincipalFactory<PlatformUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PlatformUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var tenantId = currentTenant.Id;
        var grants = await access.GrantsAsync(user, tenantId, CancellationToken.None);
        foreach (var claim in CityClaims.For(user, tenantId, grants))
        {
            if (!identity.HasClaim(claim.Type, claim.Value))
            {
                identity.AddClaim(claim);
            }
        }

        return identity;
    }
}
