using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Tenancy;
using OpenKazan.Requests.Domain;

namespace OpenKazan.Requests.Submit;

/// <summary>
/// Gives out <c>{prefix}-{year}-{000123}</c>, a sequence per city and (local) year. Each number is taken in its own
/// short transaction (increment, read, commit) before the submission's transaction starts: the counter's row lock
/// (PostgreSQL, SQL Server) or write lock (SQLite) is then held for two statements instead of a whole submission,
/// which is what lets concurrent intake scale. Numbers are unique and increasing; a submission that fails after taking
/// its number leaves a gap, as a database sequence would.
/// </summary>
public sealed class RequestNumberAllocator(TenantScopedDbContext db, ICurrentTenant tenant)
{
    public async Task<string> NextAsync(int year, CancellationToken ct)
    {
        var prefix = tenant.Tenant?.RequestNumberPrefix ?? throw new InvalidOperationException("No city: no request number.");
        var last = await IncrementAsync(year, ct);
        if (last is null)
        {
            await CreateCounterAsync(year, ct);
            last = await IncrementAsync(year, ct) ?? throw new InvalidOperationException($"No number counter for {year}.");
        }

        return FormattableString.Invariant($"{prefix}-{year}-{last:000000}");
    }

    public int YearOf(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc, tenant.Tenant?.TimeZone ?? TimeZoneInfo.Utc).Year;

    /// <summary>The new last number, or null when the year has no counter yet.</summary>
    private async Task<long?> IncrementAsync(int year, CancellationToken ct)
    {
        var counter = db.Set<RequestNumberCounter>().Where(c => c.Year == year);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (await counter.ExecuteUpdateAsync(s => s.SetProperty(c => c.Last, c => c.Last + 1), ct) == 0)
            {
                return (long?)null;
            }

            var last = await counter.AsNoTracking().Select(c => c.Last).SingleAsync(ct);
            await transaction.CommitAsync(ct);
            return last;
        });
    }

    /// <summary>The first submission of a year creates its counter; a concurrent creator winning the race is fine.</summary>
    private async Task CreateCounterAsync(int year, CancellationToken ct)
    {
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
}
