using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Identity.Contracts;
using OpenKazan.Identity.Persistence;

namespace OpenKazan.Identity.Staff;

internal sealed class CityStaff(PlatformDbContext platform) : ICityStaff
{
    public async Task<DateTime?> FirstStaffJoinedAtAsync(Guid cityId, CancellationToken cancellationToken)
    {
        // Read as a list: SQLite cannot order or aggregate DateTimeOffset columns.
        var joined = await platform.Memberships.AsNoTracking()
            .Where(m => m.TenantId == cityId && m.Roles.Any(r => r.Role != Roles.Resident))
            .Select(m => m.JoinedAt).ToListAsync(cancellationToken);
        return joined.Count == 0 ? null : joined.Min().UtcDateTime;
    }
}
