using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Feedback.Contracts;

namespace OpenKazan.Analytics.Generator;

/// <summary>Batched inserts through EF (SQLite, SQL Server): a few SaveChanges per batch (ratings and votes through Feedback's bulk import), the tracker cleared after each.</summary>
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
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        await db.ImportFeedbackAsync(batch.Ratings(), batch.Votes(), ct);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
