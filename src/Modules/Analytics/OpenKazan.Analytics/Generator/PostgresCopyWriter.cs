using Npgsql;
using NpgsqlTypes;

namespace OpenKazan.Analytics.Generator;

/// <summary>
/// Binary COPY into the request, history, deadline, SLA incident, stage, fact, feedback and vote tables on PostgreSQL: the fast path for millions of rows. Column lists follow the
/// EF mapping (enums as text); the rows are stamped with the city by the synthesizer, as the context would.
/// </summary>
public sealed class PostgresCopyWriter(NpgsqlConnection connection) : IRequestBatchWriter
{
    public async Task WriteAsync(IReadOnlyList<GeneratedRequest> batch, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await CopyRequestsAsync(batch, ct);
        await CopyEventsAsync(batch, ct);
        await CopyDeadlinesAsync(batch, ct);
        await CopyIncidentsAsync(batch, ct);
        await CopyStagesAsync(batch, ct);
        await CopyFactsAsync(batch, ct);
        await CopyFeedbackAsync(batch, ct);
        await CopyVotesAsync(batch, ct);
        await transaction.CommitAsync(ct);
    }

    private async Task CopyRequestsAsync(IReadOnlyList<GeneratedRequest> batch, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY requests (\"Id\", \"TenantId\", \"Number\", \"Channel\", \"Status\", \"Priority\", \"RequesterKind\", \"RequesterName\", " +
            "\"ConsentToContact\", \"Culture\", \"BuildingId\", \"CategoryId\", \"Description\", \"OrganisationId\", \"RegisteredAt\", " +
            "\"AcceptedAt\", \"ResolvedAt\", \"ClosedAt\", \"ReopenCount\", \"Version\", \"InQueue\", \"Urgency\", \"QueueDueAt\", \"QueueWarnAt\") " +
            "FROM STDIN (FORMAT BINARY)", ct);
        foreach (var r in batch.Select(g => g.Request))
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(r.Id, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(r.TenantId, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(r.Number, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(r.Channel.ToString(), NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(r.Status.ToString(), NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(r.Priority.ToString(), NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(r.RequesterKind.ToString(), NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(r.RequesterName, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(r.ConsentToContact, NpgsqlDbType.Boolean, ct);
            await copy.WriteAsync(r.Culture, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(r.BuildingId, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(r.CategoryId, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(r.Description, NpgsqlDbType.Varchar, ct);
            await WriteNullableAsync(copy, r.OrganisationId, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(r.RegisteredAt, NpgsqlDbType.TimestampTz, ct);
            await WriteNullableAsync(copy, r.AcceptedAt, NpgsqlDbType.TimestampTz, ct);
            await WriteNullableAsync(copy, r.ResolvedAt, NpgsqlDbType.TimestampTz, ct);
            await WriteNullableAsync(copy, r.ClosedAt, NpgsqlDbType.TimestampTz, ct);
            await copy.WriteAsync(r.ReopenCount, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(r.Version, NpgsqlDbType.Bigint, ct);
            await copy.WriteAsync(r.InQueue, NpgsqlDbType.Boolean, ct);
            await copy.WriteAsync(r.Urgency, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(r.QueueDueAt, NpgsqlDbType.TimestampTz, ct);
            await copy.WriteAsync(r.QueueWarnAt, NpgsqlDbType.TimestampTz, ct);
        }

        await copy.CompleteAsync(ct);
    }

    private async Task CopyEventsAsync(IReadOnlyList<GeneratedRequest> batch, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY request_events (\"Id\", \"TenantId\", \"RequestId\", \"At\", \"Kind\", \"FromStatus\", \"ToStatus\", \"ActorRole\", " +
            "\"ActorName\", \"Reason\", \"Channel\", \"OrganisationId\") FROM STDIN (FORMAT BINARY)", ct);
        foreach (var e in batch.SelectMany(g => g.Events))
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(e.Id, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(e.TenantId, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(e.RequestId, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(e.At, NpgsqlDbType.TimestampTz, ct);
            await copy.WriteAsync(e.Kind, NpgsqlDbType.Varchar, ct);
            await WriteNullableAsync(copy, e.FromStatus?.ToString(), NpgsqlDbType.Varchar, ct);
            await WriteNullableAsync(copy, e.ToStatus?.ToString(), NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(e.ActorRole, NpgsqlDbType.Varchar, ct);
            await WriteNullableAsync(copy, e.ActorName, NpgsqlDbType.Varchar, ct);
            await WriteNullableAsync(copy, e.Reason, NpgsqlDbType.Varchar, ct);
            await WriteNullableAsync(copy, e.Channel?.ToString(), NpgsqlDbType.Varchar, ct);
            await WriteNullableAsync(copy, e.OrganisationId, NpgsqlDbType.Uuid, ct);
        }

        await copy.CompleteAsync(ct);
    }

    private async Task CopyDeadlinesAsync(IReadOnlyList<GeneratedRequest> batch, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY request_deadlines (\"Id\", \"TenantId\", \"RequestId\", \"Stage\", \"DueAt\", \"WarnAt\", \"CompletedAt\") FROM STDIN (FORMAT BINARY)", ct);
        foreach (var d in batch.SelectMany(g => g.Deadlines))
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(d.Id, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(d.TenantId, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(d.RequestId, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(d.Stage, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(d.DueAt, NpgsqlDbType.TimestampTz, ct);
            await copy.WriteAsync(d.WarnAt, NpgsqlDbType.TimestampTz, ct);
            await WriteNullableAsync(copy, d.CompletedAt, NpgsqlDbType.TimestampTz, ct);
        }

        await copy.CompleteAsync(ct);
    }

    private async Task CopyIncidentsAsync(IReadOnlyList<GeneratedRequest> batch, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY sla_incidents (\"Id\", \"TenantId\", \"RequestId\", \"Stage\", \"Kind\", \"Level\", \"Notify\", \"OrganisationId\", \"At\") " +
            "FROM STDIN (FORMAT BINARY)", ct);
        foreach (var i in batch.SelectMany(g => g.Incidents))
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(i.Id, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(i.TenantId, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(i.RequestId, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(i.Stage, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(i.Kind.ToString(), NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(i.Level, NpgsqlDbType.Integer, ct);
            await WriteNullableAsync(copy, i.Notify, NpgsqlDbType.Varchar, ct);
            await WriteNullableAsync(copy, i.OrganisationId, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(i.At, NpgsqlDbType.TimestampTz, ct);
        }

        await copy.CompleteAsync(ct);
    }

    private async Task CopyStagesAsync(IReadOnlyList<GeneratedRequest> batch, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY stage_durations (\"Id\", \"TenantId\", \"RequestId\", \"Stage\", \"OrganisationId\", \"CategoryId\", \"StartedAt\", " +
            "\"EndedAt\", \"BusinessMinutes\", \"OnTime\") FROM STDIN (FORMAT BINARY)", ct);
        foreach (var s in batch.SelectMany(g => g.Stages))
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(s.Id, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(s.TenantId, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(s.RequestId, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(s.Stage, NpgsqlDbType.Varchar, ct);
            await WriteNullableAsync(copy, s.OrganisationId, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(s.CategoryId, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(s.StartedAt, NpgsqlDbType.TimestampTz, ct);
            await copy.WriteAsync(s.EndedAt, NpgsqlDbType.TimestampTz, ct);
            await copy.WriteAsync(s.BusinessMinutes, NpgsqlDbType.Bigint, ct);
            await copy.WriteAsync(s.OnTime, NpgsqlDbType.Boolean, ct);
        }

        await copy.CompleteAsync(ct);
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
            await WriteNullableAsync(copy, f.OrganisationId, NpgsqlDbType.Uuid, ct);
            await WriteNullableAsync(copy, f.OrganisationType, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(f.CategoryId, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(f.CategoryGroup, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(f.Channel, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(f.RequesterKind, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(f.Status, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(f.Priority, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(f.Resolved, NpgsqlDbType.Boolean, ct);
            await copy.WriteAsync(f.ReopenCount, NpgsqlDbType.Integer, ct);
            await WriteNullableAsync(copy, f.AcceptMinutes, NpgsqlDbType.Integer, ct);
            await WriteNullableAsync(copy, f.LocaliseMinutes, NpgsqlDbType.Integer, ct);
            await WriteNullableAsync(copy, f.ResolveMinutes, NpgsqlDbType.Integer, ct);
            await WriteNullableAsync(copy, f.AcceptOnTime, NpgsqlDbType.Boolean, ct);
            await WriteNullableAsync(copy, f.LocaliseOnTime, NpgsqlDbType.Boolean, ct);
            await WriteNullableAsync(copy, f.ResolveOnTime, NpgsqlDbType.Boolean, ct);
            await WriteNullableAsync(copy, f.FeedbackScore, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(f.Run, NpgsqlDbType.Bigint, ct);
        }

        await copy.CompleteAsync(ct);
    }

    private async Task CopyFeedbackAsync(IReadOnlyList<GeneratedRequest> batch, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY request_feedback (\"Id\", \"TenantId\", \"RequestId\", \"UserId\", \"OrganisationId\", \"BuildingId\", \"Score\", " +
            "\"CommentPublic\", \"CreatedAt\", \"UpdatedAt\", \"Reopened\") FROM STDIN (FORMAT BINARY)", ct);
        foreach (var f in batch.Where(g => g.Feedback is not null).Select(g => g.Feedback!))
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(f.Id, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(f.TenantId, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(f.RequestId, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(f.UserId, NpgsqlDbType.Uuid, ct);
            await WriteNullableAsync(copy, f.OrganisationId, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(f.BuildingId, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(f.Score, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(f.CommentPublic, NpgsqlDbType.Boolean, ct);
            await copy.WriteAsync(f.CreatedAt, NpgsqlDbType.TimestampTz, ct);
            await copy.WriteAsync(f.UpdatedAt, NpgsqlDbType.TimestampTz, ct);
            await copy.WriteAsync(f.Reopened, NpgsqlDbType.Boolean, ct);
        }

        await copy.CompleteAsync(ct);
    }

    private async Task CopyVotesAsync(IReadOnlyList<GeneratedRequest> batch, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY organisation_votes (\"Id\", \"TenantId\", \"UserId\", \"OrganisationId\", \"BuildingId\", \"Period\", \"Score\", " +
            "\"CastAt\") FROM STDIN (FORMAT BINARY)", ct);
        foreach (var v in batch.Where(g => g.Vote is not null).Select(g => g.Vote!))
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

    private static async Task WriteNullableAsync<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken ct)
    {
        if (value is null)
        {
            await copy.WriteNullAsync(ct);
        }
        else
        {
            await copy.WriteAsync(value, type, ct);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
