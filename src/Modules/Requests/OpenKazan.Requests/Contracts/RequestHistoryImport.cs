using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Requests.Persistence;

namespace OpenKazan.Requests.Contracts;

/// <summary>
/// Writes a city's past requests with their histories in bulk (the demo city generator's millions of rows): Requests maps
/// them to its rows (placing each in the work queues by its status and open deadlines, as every live path does) and
/// writes them on PostgreSQL with one binary COPY per table on the context's connection, so they join the caller's
/// transaction, and on the other engines with two batched saves (the requests, then their lines), after which nothing
/// stays tracked. The rows are the current city's. The workflow's rules are the writer's to keep: history is taken as it was.
/// </summary>
public static class RequestHistoryImport
{
    public static async Task ImportRequestHistoriesAsync(this TenantScopedDbContext db, IReadOnlyCollection<ImportedRequestHistory> batch, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(batch);
        var city = db.HasTenant ? db.CurrentTenantId : throw new InvalidOperationException("No city is current.");
        var rows = ImportedHistoryRows.From(batch, city);
        if (await db.CopyConnectionAsync(ct) is { } connection)
        {
            await new ImportedHistoryCopy(connection).WriteAsync(rows, ct);
            return;
        }

        db.AddRange(rows.Requests);
        await db.SaveChangesAsync(ct);
        db.AddRange(rows.Events);
        db.AddRange(rows.Deadlines);
        db.AddRange(rows.Incidents);
        db.AddRange(rows.Stages);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
