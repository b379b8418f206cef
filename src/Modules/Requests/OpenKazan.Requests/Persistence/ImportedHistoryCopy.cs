using Npgsql;
using NpgsqlTypes;
using OpenKazan.BuildingBlocks.Persistence;

namespace OpenKazan.Requests.Persistence;

/// <summary>
/// Binary COPY into the request, history, deadline, SLA incident and stage tables on PostgreSQL. Column lists follow the
/// EF mapping (enums as text).
/// </summary>
internal sealed class ImportedHistoryCopy(NpgsqlConnection connection)
{
    public async Task WriteAsync(ImportedHistoryRows rows, CancellationToken ct)
    {
        await CopyRequestsAsync(rows, ct);
        await CopyEventsAsync(rows, ct);
        await CopyDeadlinesAsync(rows, ct);
        await CopyIncidentsAsync(rows, ct);
        await CopyStagesAsync(rows, ct);
    }

    private async Task CopyRequestsAsync(ImportedHistoryRows rows, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY requests (\"Id\", \"TenantId\", \"Number\", \"Channel\", \"Status\", \"Priority\", \"RequesterKind\", \"RequesterName\", " +
            "\"ConsentToContact\", \"Culture\", \"BuildingId\", \"CategoryId\", \"Description\", \"OrganisationId\", \"RegisteredAt\", " +
            "\"AcceptedAt\", \"ResolvedAt\", \"ClosedAt\", \"ReopenCount\", \"Version\", \"InQueue\", \"Urgency\", \"QueueDueAt\", \"QueueWarnAt\") " +
            "FROM STDIN (FORMAT BINARY)", ct);
        foreach (var r in rows.Requests)
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

    private async Task CopyEventsAsync(ImportedHistoryRows rows, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY request_events (\"Id\", \"TenantId\", \"RequestId\", \"At\", \"Kind\", \"FromStatus\", \"ToStatus\", \"ActorRole\", " +
            "\"ActorName\", \"Reason\", \"Channel\", \"OrganisationId\") FROM STDIN (FORMAT BINARY)", ct);
        foreach (var e in rows.Events)
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

    private async Task CopyDeadlinesAsync(ImportedHistoryRows rows, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY request_deadlines (\"Id\", \"TenantId\", \"RequestId\", \"Stage\", \"DueAt\", \"WarnAt\", \"CompletedAt\") FROM STDIN (FORMAT BINARY)", ct);
        foreach (var d in rows.Deadlines)
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

    private async Task CopyIncidentsAsync(ImportedHistoryRows rows, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY sla_incidents (\"Id\", \"TenantId\", \"RequestId\", \"Stage\", \"Kind\", \"Level\", \"Notify\", \"OrganisationId\", \"At\") " +
            "FROM STDIN (FORMAT BINARY)", ct);
        foreach (var i in rows.Incidents)
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

    private async Task CopyStagesAsync(ImportedHistoryRows rows, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY stage_durations (\"Id\", \"TenantId\", \"RequestId\", \"Stage\", \"OrganisationId\", \"CategoryId\", \"StartedAt\", " +
            "\"EndedAt\", \"BusinessMinutes\", \"OnTime\") FROM STDIN (FORMAT BINARY)", ct);
        foreach (var s in rows.Stages)
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
}
