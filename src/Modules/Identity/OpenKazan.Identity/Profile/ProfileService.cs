using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.BuildingBlocks.Tenancy;
using OpenKazan.Identity.Contracts;
using OpenKazan.Identity.Domain;
using OpenKazan.Identity.Persistence;
using OpenKazan.Identity.SignIn;
using OpenKazan.Identity.Users;
using OpenKazan.Registry.Search;
using OpenKazan.Registry.Contracts;

namespace OpenKazan.Identity.Profile;

/// <summary>
/// Name and phone are the person's everywhere; the address is per city, a building of that city's registry
/// (found through the tenant-scoped context, so another city's building can never be chosen).
/// </summary>
internal sealed class ProfileService(
    UserManager<PlatformUser> users,
    PlatformDbContext platform,
    TenantScopedDbContext city,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser,
    CityAccess access,
    CitySignIn signIn) : IAccountProfile
{
    public async Task<ProfileView?> GetAsync(CancellationToken cancellationToken)
    {
        if (await SignedInAsync() is not { } user || currentTenant.Id is not { } tenantId)
        {
            return null;
        }

        var membership = await access.MembershipAsync(user.Id, tenantId, cancellationToken);
        var address = membership?.BuildingId is { } buildingId
            ? (await city.BuildingAsync(buildingId, cancellationToken))?.Address
            : null;
        return new ProfileView(user.Email ?? string.Empty, user.FullName ?? string.Empty, user.PhoneNumber, address, membership?.Flat);
    }

    public async Task<ProfileUpdate> UpdateAsync(ProfileView form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await SignedInAsync() is not { } user || currentTenant.Id is not { } tenantId)
        {
            return ProfileUpdate.NotFound;
        }

        Guid? buildingId = null;
        if (!string.IsNullOrWhiteSpace(form.Address))
        {
            buildingId = await FindBuildingAsync(form.Address, cancellationToken);
            if (buildingId is null)
            {
                return ProfileUpdate.UnknownAddress;
            }
        }

        user.FullName = form.FullName.Trim();
        user.SetPhone(form.Phone);
        await users.UpdateAsync(user);
        await access.JoinAsync(user, tenantId, cancellationToken);
        if (await access.MembershipAsync(user.Id, tenantId, cancellationToken) is { } membership)
        {
            membership.BuildingId = buildingId;
            membership.Flat = string.IsNullOrWhiteSpace(form.Flat) ? null : form.Flat.Trim();
            await platform.SaveChangesAsync(cancellationToken);
        }

        await signIn.RefreshAsync(user);
        return ProfileUpdate.Saved;
    }

    private async Task<PlatformUser?> SignedInAsync() =>
        currentUser.UserId is { } id ? await users.FindByIdAsync(id.ToString()) : null;

    /// <summary>The one building the address names (<see cref="AddressSearch"/>), or null.</summary>
    private async Task<Guid?> FindBuildingAsync(string address, CancellationToken cancellationToken) =>
        (await city.MatchAddressAsync(address, cancellationToken))?.Building?.Id;
}
