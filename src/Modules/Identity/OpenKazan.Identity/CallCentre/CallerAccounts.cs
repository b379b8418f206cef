using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Tenancy;
using OpenKazan.Identity.Domain;
using OpenKazan.Identity.Persistence;

namespace OpenKazan.Identity.CallCentre;

/// <summary>The resident account of this city whose phone is the caller's (E.164), with the address in its profile.</summary>
public sealed class CallerAccounts(PlatformDbContext db, ICurrentTenant tenant)
{
    public async Task<(string Name, Guid? BuildingId)?> FindAsync(string? phone, CancellationToken ct)
    {
        if (PhoneNumbers.Digits(phone) is not { Length: >= 10 and <= 15 } digits || tenant.Id is not { } city)
        {
            return null;
        }

        var account = await (
                from user in db.Users.AsNoTracking()
                join membership in db.Memberships.AsNoTracking() on user.Id equals membership.UserId
                where user.PhoneDigits == digits && membership.TenantId == city && user.FullName != null
                orderby user.Id
                select new { user.FullName, membership.BuildingId })
            .FirstOrDefaultAsync(ct);
        return account is null ? null : (account.FullName!, account.BuildingId);
    }
}
