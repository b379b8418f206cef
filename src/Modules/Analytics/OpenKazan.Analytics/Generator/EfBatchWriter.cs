using OpenKazan.BuildingBlocks.Persistence;

namespace OpenKazan.Analytics.Generator;

/// <summary>Batched inserts through EF (SQLite, SQL Server): one SaveChanges per batch, the tracker cleared after each.</summary>
public sealed class EfBatchWriter(TenantScopedDbContext db) : IRequestBatchWriter
{
    public async Task WriteAsync(IReadOnlyList<GeneratedRequest> batch, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(batch);
        db.AddRange(batch.Select(g => g.Request));
        await db.SaveChangesAsync(ct);
        db.AddRange(batch.SelectMany(g => g.Events));
        db.AddRange(batch.SelectMany(g => g.Deadlines));
        db.AddRange(batch.SelectMany(g => g.Incidents));
        db.AddRange(batch.SelectMany(g => g.Stages));
        db.AddRange(batch.Select(g => g.Fact));
        db.AddRange(batch.Where(g => g.Feedback is not null).Select(g => g.Feedback!));
        db.AddRange(batch.Where(g => g.Vote is not null).Select(g => g.Vote!));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
