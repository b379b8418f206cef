using Npgsql;

namespace OpenKazan.Benchmarks.Intake;

/// <summary>
/// The floor the product is measured against: the same rows one submission writes (the request, its history, stage
/// deadlines, routing decision and notifications, plus the number counter), written by hand-written SQL on a raw
/// connection in one transaction and one batch, with no HTTP, authentication, validation, dispatch or SLA logic.
/// The rows are copies of those the product wrote for a real submission, so the two write the same bytes.
/// </summary>
public sealed class RawInsertBaseline : IAsyncDisposable
{
    private static readonly string[] CompanionTables =
        ["request_events", "request_deadlines", "dispatch_decisions", "notification_outbox", "notifications", "stage_durations"];

    private readonly NpgsqlDataSource _dataSource;
    private readonly RowTemplate _request;
    private readonly IReadOnlyList<RowTemplate> _companions;
    private readonly Guid _tenant;
    private readonly int _year;

    private RawInsertBaseline(NpgsqlDataSource dataSource, RowTemplate request, IReadOnlyList<RowTemplate> companions, Guid tenant, int year)
    {
        _dataSource = dataSource;
        _request = request;
        _companions = companions;
        _tenant = tenant;
        _year = year;
    }

    /// <summary>Rows written per submission, by table: printed so a reader sees what the baseline writes.</summary>
    public IEnumerable<string> Describe() =>
        new[] { _request }.Concat(_companions).GroupBy(t => t.Table).Select(g => $"{g.Key} × {g.Count()}");

    public static async Task<RawInsertBaseline> FromSubmittedRequestAsync(string connectionString, CancellationToken ct)
    {
        var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var request = (await RowTemplate.ReadAsync(connection, "requests", "\"Channel\" = 'CallCentre' ORDER BY \"RegisteredAt\" LIMIT 1", null, ct)).Single();
        var requestId = (Guid)request.Value("Id");
        var companions = new List<RowTemplate>();
        foreach (var table in CompanionTables)
        {
            companions.AddRange(await RowTemplate.ReadAsync(connection, table, "\"RequestId\" = @request", requestId, ct));
        }

        await using var counter = new NpgsqlCommand("SELECT \"Year\" FROM request_number_counters WHERE \"TenantId\" = @t LIMIT 1", connection);
        var tenant = (Guid)request.Value("TenantId");
        counter.Parameters.AddWithValue("t", tenant);
        var year = (int)(await counter.ExecuteScalarAsync(ct))!;
        return new RawInsertBaseline(dataSource, request, companions, tenant, year);
    }

    public async Task<bool> SubmitAsync(CancellationToken ct)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using var next = new NpgsqlCommand(
            "UPDATE request_number_counters SET \"Last\" = \"Last\" + 1 WHERE \"TenantId\" = @t AND \"Year\" = @y RETURNING \"Last\"", connection, transaction);
        next.Parameters.AddWithValue("t", _tenant);
        next.Parameters.AddWithValue("y", _year);
        var number = Convert.ToInt64(await next.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        var requestId = Guid.CreateVersion7();
        await using var batch = new NpgsqlBatch(connection, transaction);
        batch.BatchCommands.Add(_request.Insert(new() { ["Id"] = requestId, ["Number"] = $"RAW-{_year}-{number:000000}" }));
        foreach (var row in _companions)
        {
            batch.BatchCommands.Add(row.Insert(new() { ["Id"] = Guid.CreateVersion7(), ["RequestId"] = requestId }));
        }

        await batch.ExecuteNonQueryAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
