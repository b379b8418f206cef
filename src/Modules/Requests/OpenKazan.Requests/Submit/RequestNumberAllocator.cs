using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Tenancy;
using OpenKazan.Requests.Domain;

namespace OpenKazan.Requests.Submit;

/// <summary>
/// Gives out <c>{prefix}-{year}-{000123}</c>, a sequence per city and (local) year. The counter row is incremented
/// with one UPDATE inside the caller's transaction: the row lock (PostgreSQL, SQL Server) or the write lock (SQLite)
/// serialises concurrent submitters until commit, so no number is given twice and a rolled-back submit gives its number back.
/// </summary>
public sealed class RequestNumberAllocator(TenantScopedDbContext db, ICurrentTenant tenant)
{
    /// <summary>Creates the year's counter outside the submit transaction; a concurrent creator winning the race is fine.</summary>
    public async Task EnsureCounterAsync(int year, CancellationToken ct)
    {
        if (await db.Set<RequestNumberCounter>().AnyAsync(c => c.Year == year, ct))
        {
            return;
        }

        var counter = new RequestNumberCounter { Year = year };
        db.Add(counter);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The unique (city, year) index refused a second counter: another submitter created it first.
        }
        finally
        {
            db.Entry(counter).State = EntityState.Detached;
        }
    }

    public async Task<string> NextAsync(int year, CancellationToken ct)
    {
        await db.Set<RequestNumberCounter>().Where(c => c.Year == year)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Last, c => c.Last + 1), ct);
        var last = await db.Set<RequestNumberCounter>().AsNoTracking().Where(c => c.Year == year).Select(c => c.Last).SingleAsync(ct);
        var prefix = tenant.Tenant?.RequestNumberPrefix ?? throw new InvalidOperationException("No city: no request number.");
        return FormattableString.Invariant($"{prefix}-{year}-{last:000000}");
    }

    public int YearOf(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc, tenant.Tenant?.TimeZone ?? TimeZoneInfo.Utc).Year;
}
