using Npgsql;
using NpgsqlTypes;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Feedback.Contracts;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Analytics.Generator;

/// <summary>
/// Binary COPY on PostgreSQL, in one transaction per batch: the fast path for millions of rows. The requests with their
/// histories, deadlines, SLA incidents and stages go through Requests' bulk import, the ratings and votes through
/// Feedback's, and the fact rows are copied here (the column list follows the EF mapping).
/// </summary>
internal sealed class PostgresCopyWriter(TenantScopedDbContext db, NpgsqlConnection connection) : IRequestBatchWriter
{
    public async Task WriteAsync(IReadOnlyList<GeneratedRequest> batch, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await db.ImportRequestHistoriesAsync(batch.Histories(), ct);
        await CopyFactsAsync(batch, ct);
        await db.ImportFeedbackAsync(batch.Ratings(), batch.Votes(), ct);
        await transaction.CommitAsync(ct);
    }

    private async Task CopyFactsAsync(IReadOnlyList<GeneratedRequest> batch, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY analytics_request_facts (\"RequestId\", \"TenantId\", \"RegisteredOn\", \"DistrictId\", \"OrganisationId\", " +
            "\"OrganisationType\", \"CategoryId\", \"CategoryGroup\", \"Channel\", \"RequesterKind\", \"Status\", \"Priority\", \"Resolved\", " +
            "\"ReopenCount\", \"AcceptMinutes\", \"LocaliseMinutes\", \"ResolveMinutes\", \"AcceptOnTime\", \"LocaliseOnTime\", " +
            "\"ResolveOnTime\", \"FeedbackScore\", \"Run\") FROM STDIN (FORMAT BINARY)", ct);
        foreach (var f in batch.Select(g => g.Fact))
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(f.RequestId, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(f.TenantId, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(f.RegisteredOn, NpgsqlDbType.Date, ct);
            await copy.WriteAsync(f.DistrictId, NpgsqlDbType.Uuid, ct);
            await copy.WriteNullableAsync(f.OrganisationId, NpgsqlDbType.Uuid, ct);
            await copy.WriteNullableAsync(f.OrganisationType, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(f.CategoryId, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(f.CategoryGroup, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(f.Channel, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(f.RequesterKind, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(f.Status, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(f.Priority, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(f.Resolved, NpgsqlDbType.Boolean, ct);
            await copy.WriteAsync(f.ReopenCount, NpgsqlDbType.Integer, ct);
            await copy.WriteNullableAsync(f.AcceptMinutes, NpgsqlDbType.Integer, ct);
            await copy.WriteNullableAsync(f.LocaliseMinutes, NpgsqlDbType.Integer, ct);
            await copy.WriteNullableAsync(f.ResolveMinutes, NpgsqlDbType.Integer, ct);
            await copy.WriteNullableAsync(f.AcceptOnTime, NpgsqlDbType.Boolean, ct);
            await copy.WriteNullableAsync(f.LocaliseOnTime, NpgsqlDbType.Boolean, ct);
            await copy.WriteNullableAsync(f.ResolveOnTime, NpgsqlDbType.Boolean, ct);
            await copy.WriteNullableAsync(f.FeedbackScore, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(f.Run, NpgsqlDbType.Bigint, ct);
        }

        await copy.CompleteAsync(ct);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
