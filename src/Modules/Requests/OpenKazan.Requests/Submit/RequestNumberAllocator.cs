using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Tenancy;
using OpenKazan.Requests.Domain;

namespace OpenKazan.Requests.Submit;

/// <summary>
/// Gives out <c>{prefix}-{year}-{000123}</c>, a sequence per city and (local) year. Each number is taken by one
/// statement of its own before the submission's transaction starts: the counter's row lock (PostgreSQL, SQL Server) or
/// write lock (SQLite) is then held for one round trip instead of a whole submission, which is what lets intake scale. Numbers are unique and increasing; a submission that fails after taking
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

    /// <summary>
    /// The new last number, or null when the year has no counter yet: one atomic statement that increments and returns,
    /// so the counter's lock is held for a single round trip. Raw SQL has no query filter, so the city is named explicitly.
    /// On PostgreSQL the increment commits without waiting for its WAL flush (<c>synchronous_commit</c> off for this
    /// statement only), which spares each submission one of its two disk flushes. No number can be given twice: the
    /// submission that uses the number commits after it, synchronously, and a WAL flush covers every record before it,
    /// so a number is durable before any request carrying it is; a crash in between loses only an unused number.
    /// </summary>
    private async Task<long?> IncrementAsync(int year, CancellationToken ct)
    {
        var city = tenant.Tenant?.Id ?? throw new InvalidOperationException("No city: no request number.");
        var entity = db.Model.FindEntityType(typeof(RequestNumberCounter))!;
        var table = entity.GetTableName()!;
        string Column(string property) => entity.FindProperty(property)!.GetColumnName();
        var (last, tenantId, yearColumn) = (Column(nameof(RequestNumberCounter.Last)), Column(nameof(RequestNumberCounter.TenantId)), Column(nameof(RequestNumberCounter.Year)));
        var sql = db.Database.ProviderName switch
        {
            "Microsoft.EntityFrameworkCore.SqlServer" =>
                $"UPDATE [{table}] SET [{last}] = [{last}] + 1 OUTPUT inserted.[{last}] AS [Value] WHERE [{tenantId}] = {{0}} AND [{yearColumn}] = {{1}}",
            "Npgsql.EntityFrameworkCore.PostgreSQL" =>
                $"UPDATE \"{table}\" SET \"{last}\" = \"{last}\" + 1 FROM (SELECT set_config('synchronous_commit', 'off', true)) AS commit_without_flush WHERE \"{tenantId}\" = {{0}} AND \"{yearColumn}\" = {{1}} RETURNING \"{last}\" AS \"Value\"",
            _ => $"UPDATE \"{table}\" SET \"{last}\" = \"{last}\" + 1 WHERE \"{tenantId}\" = {{0}} AND \"{yearColumn}\" = {{1}} RETURNING \"{last}\" AS \"Value\"",
        };
        var numbers = await db.Database.SqlQueryRaw<long>(sql, city, year).ToListAsync(ct);
        return numbers.Count == 0 ? null : numbers[0];
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
