using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Tenancy;
using OpenKazan.Identity.Domain;
using OpenKazan.Identity.Persistence;
using OpenKazan.Identity.Users;
using OpenKazan.Registry.Search;
using OpenKazan.Registry.Contracts;

namespace OpenKazan.Identity.Profile;

/// <summary>
/// Name and phone are the person's everywhere; the address is per city, a building of that city's registry
/// (found through the tenant-scoped context, so another city's building can never be chosen).
/// </summary>
public sealed class ProfileService(
    UserManager<PlatformUser> users,
    PlatformDbContext platform,
    TenantScopedDbContext city,
    ICurrentTenant currentTenant,
    CityAccess access)
{
    public async Task<ProfileView?> GetAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(userId.ToString()) is not { } user || currentTenant.Id is not { } tenantId)
        {
            return null;
        }

        var membership = await access.MembershipAsync(userId, tenantId, cancellationToken);
        var address = membership?.BuildingId is { } buildingId
            ? (await city.BuildingAsync(buildingId, cancellationToken))?.Address
            : null;
        return new ProfileView(user.Email ?? string.Empty, user.FullName ?? string.Empty, user.PhoneNumber, address, membership?.Flat);
    }

    public async Task<ProfileUpdate> UpdateAsync(Guid userId, ProfileView form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await users.FindByIdAsync(userId.ToString()) is not { } user || currentTenant.Id is not { } tenantId)
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
        if (await access.MembershipAsync(userId, tenantId, cancellationToken) is { } membership)
        {
            membership.BuildingId = buildingId;
            membership.Flat = string.IsNullOrWhiteSpace(form.Flat) ? null : form.Flat.Trim();
            await platform.SaveChangesAsync(cancellationToken);
        }

        return ProfileUpdate.Saved;
    }

    /// <summary>The one building the address names (<see cref="AddressSearch"/>), or null.</summary>
    private async Task<Guid?> FindBuildingAsync(string address, CancellationToken cancellationToken) =>
        (await city.MatchAddressAsync(address, cancellationToken))?.Building?.Id;
}

public sealed record ProfileView(string Email, string FullName, string? Phone, string? Address, string? Flat);

public enum ProfileUpdate
{
    Saved,
    UnknownAddress,
    NotFound,
}
