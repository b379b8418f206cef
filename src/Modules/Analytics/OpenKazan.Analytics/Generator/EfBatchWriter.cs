using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Feedback.Contracts;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Analytics.Generator;

/// <summary>
/// Batched inserts through EF (SQLite, SQL Server): the requests with their histories through Requests' bulk import, the
/// fact rows in one SaveChanges, the ratings and votes through Feedback's bulk import; the tracker cleared after each.
/// </summary>
internal sealed class EfBatchWriter(TenantScopedDbContext db) : IRequestBatchWriter
{
    public async Task WriteAsync(IReadOnlyList<GeneratedRequest> batch, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await db.ImportRequestHistoriesAsync(batch.Histories(), ct);
        db.AddRange(batch.Select(g => g.Fact));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        await db.ImportFeedbackAsync(batch.Ratings(), batch.Votes(), ct);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
