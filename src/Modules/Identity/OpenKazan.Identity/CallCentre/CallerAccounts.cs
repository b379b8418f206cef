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

        var account = await db.Users.AsNoTracking()
            .Where(u => u.PhoneDigits == digits && u.FullName != null)
            .SelectMany(u => db.Memberships.Where(m => m.UserId == u.Id && m.TenantId == city).Select(m => new { u.FullName, m.BuildingId }))
            .FirstOrDefaultAsync(ct);
        return account is null ? null : (account.FullName!, account.BuildingId);
    }
}
