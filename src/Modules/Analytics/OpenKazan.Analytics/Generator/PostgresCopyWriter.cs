using Npgsql;
using NpgsqlTypes;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Feedback.Contracts;

namespace OpenKazan.Analytics.Generator;

/// <summary>
/// Binary COPY into the request, history, deadline, SLA incident, stage and fact tables on PostgreSQL, and through Feedback's bulk import
/// into its rating and vote tables, in one transaction per batch: the fast path for millions of rows. Column lists follow the
/// EF mapping (enums as text); the rows are stamped with the city by the synthesizer, as the context would.
/// </summary>
public sealed class PostgresCopyWriter(TenantScopedDbContext db, NpgsqlConnection connection) : IRequestBatchWriter
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
        await db.ImportFeedbackAsync(batch.Ratings(), batch.Votes(), ct);
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
            await copy.WriteNullableAsync(r.OrganisationId, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(r.RegisteredAt, NpgsqlDbType.TimestampTz, ct);
            await copy.WriteNullableAsync(r.AcceptedAt, NpgsqlDbType.TimestampTz, ct);
            await copy.WriteNullableAsync(r.ResolvedAt, NpgsqlDbType.TimestampTz, ct);
            await copy.WriteNullableAsync(r.ClosedAt, NpgsqlDbType.TimestampTz, ct);
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
            await copy.WriteNullableAsync(e.FromStatus?.ToString(), NpgsqlDbType.Varchar, ct);
            await copy.WriteNullableAsync(e.ToStatus?.ToString(), NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(e.ActorRole, NpgsqlDbType.Varchar, ct);
            await copy.WriteNullableAsync(e.ActorName, NpgsqlDbType.Varchar, ct);
            await copy.WriteNullableAsync(e.Reason, NpgsqlDbType.Varchar, ct);
            await copy.WriteNullableAsync(e.Channel?.ToString(), NpgsqlDbType.Varchar, ct);
            await copy.WriteNullableAsync(e.OrganisationId, NpgsqlDbType.Uuid, ct);
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
            await copy.WriteNullableAsync(d.CompletedAt, NpgsqlDbType.TimestampTz, ct);
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
            await copy.WriteNullableAsync(i.Notify, NpgsqlDbType.Varchar, ct);
            await copy.WriteNullableAsync(i.OrganisationId, NpgsqlDbType.Uuid, ct);
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
            await copy.WriteNullableAsync(s.OrganisationId, NpgsqlDbType.Uuid, ct);
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
