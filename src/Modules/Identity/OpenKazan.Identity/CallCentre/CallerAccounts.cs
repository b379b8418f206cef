using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Tenancy;
using OpenKazan.Identity.Contracts;
using OpenKazan.Identity.Domain;
using OpenKazan.Identity.Persistence;

namespace OpenKazan.Identity.CallCentre;

internal sealed class CallerAccounts(PlatformDbContext db, ICurrentTenant tenant) : ICallerAccounts
{
    public async Task<CallerAccount?> FindAsync(string? phone, CancellationToken ct)
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
                select new { user.Id, user.FullName, user.Email, membership.BuildingId })
            .FirstOrDefaultAsync(ct);
        return account is null ? null : new CallerAccount(account.Id, account.FullName!, account.BuildingId, Mask(account.Email));
    }

    /// <summary>"m***@mail.ru": enough for the caller to recognise, too little to read out someone else's address.</summary>
    internal static string Mask(string? email)
    {
        var at = email?.IndexOf('@', StringComparison.Ordinal) ?? -1;
        return at <= 0 ? "***" : $"{email![0]}***{email[at..]}";
    }
}
