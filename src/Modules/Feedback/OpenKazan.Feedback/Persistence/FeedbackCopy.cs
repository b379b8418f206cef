using Npgsql;
using NpgsqlTypes;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Feedback.Domain;

namespace OpenKazan.Feedback.Persistence;

/// <summary>Binary COPY into the rating and vote tables; the column lists follow the EF mapping.</summary>
internal static class FeedbackCopy
{
    public static async Task CopyFeedbackAsync(NpgsqlConnection connection, IReadOnlyList<RequestFeedback> rows, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY request_feedback (\"Id\", \"TenantId\", \"RequestId\", \"UserId\", \"OrganisationId\", \"BuildingId\", \"Score\", " +
            "\"CommentPublic\", \"CreatedAt\", \"UpdatedAt\", \"Reopened\") FROM STDIN (FORMAT BINARY)", ct);
        foreach (var f in rows)
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(f.Id, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(f.TenantId, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(f.RequestId, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(f.UserId, NpgsqlDbType.Uuid, ct);
            await copy.WriteNullableAsync(f.OrganisationId, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(f.BuildingId, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(f.Score, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(f.CommentPublic, NpgsqlDbType.Boolean, ct);
            await copy.WriteAsync(f.CreatedAt, NpgsqlDbType.TimestampTz, ct);
            await copy.WriteAsync(f.UpdatedAt, NpgsqlDbType.TimestampTz, ct);
            await copy.WriteAsync(f.Reopened, NpgsqlDbType.Boolean, ct);
        }

        await copy.CompleteAsync(ct);
    }

    public static async Task CopyVotesAsync(NpgsqlConnection connection, IReadOnlyList<OrganisationVote> rows, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY organisation_votes (\"Id\", \"TenantId\", \"UserId\", \"OrganisationId\", \"BuildingId\", \"Period\", \"Score\", " +
            "\"CastAt\") FROM STDIN (FORMAT BINARY)", ct);
        foreach (var v in rows)
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(v.Id, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(v.TenantId, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(v.UserId, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(v.OrganisationId, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(v.BuildingId, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(v.Period, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(v.Score, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(v.CastAt, NpgsqlDbType.TimestampTz, ct);
        }

        await copy.CompleteAsync(ct);
    }
}
