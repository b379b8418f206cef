using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Feedback.Contracts;
using OpenKazan.Feedback.Domain;
using OpenKazan.Registry.Contracts;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Feedback.Voting;

/// <summary>
/// Which buildings a person verifiably lives in: those an operator verified (or Development seeding), and those where
/// the person has a closed request of their own, since the organisation then met them at that address.
/// </summary>
public sealed class ResidentVerification(TenantScopedDbContext db, TimeProvider time) : IResidentAddresses
{
    public async Task SeedDemoAddressAsync(Guid userId, Guid buildingId, CancellationToken ct)
    {
        if (!await db.Set<ResidentAddress>().AnyAsync(a => a.UserId == userId, ct))
        {
            await VerifyAsync(userId, buildingId, flat: null, verifiedBy: null, AddressVerification.Demo, ct);
        }
    }

    public async Task<IReadOnlyList<Guid>> VerifiedBuildingsAsync(Guid userId, CancellationToken ct)
    {
        var verified = await db.Set<ResidentAddress>().Where(a => a.UserId == userId).Select(a => a.BuildingId).ToListAsync(ct);
        var closed = await db.ClosedRequestBuildingsAsync(userId, ct);
        return verified.Union(closed).ToList();
    }

    /// <summary>Records (or re-confirms) that the person lives in the building; false when the building is unknown.</summary>
    public async Task<ResidentAddress?> VerifyAsync(
        Guid userId, Guid buildingId, string? flat, Guid? verifiedBy, AddressVerification method, CancellationToken ct)
    {
        if (!await db.BuildingExistsAsync(buildingId, ct))
        {
            return null;
        }

        var address = await db.Set<ResidentAddress>().SingleOrDefaultAsync(a => a.UserId == userId && a.BuildingId == buildingId, ct);
        if (address is null)
        {
            address = new ResidentAddress { UserId = userId, BuildingId = buildingId };
            db.Add(address);
        }

        address.Flat = string.IsNullOrWhiteSpace(flat) ? null : flat.Trim();
        address.Method = method;
        address.VerifiedBy = verifiedBy;
        address.VerifiedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return address;
    }
}
