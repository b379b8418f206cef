using Npgsql;

namespace OpenKazan.Benchmarks.Intake;

/// <summary>One row as the product wrote it, replayable as a plain parameterised INSERT with some columns replaced.</summary>
public sealed class RowTemplate
{
    private readonly Dictionary<string, object?> _values;

    private RowTemplate(string table, Dictionary<string, object?> values)
    {
        Table = table;
        _values = values;
    }

    public string Table { get; }

    public object Value(string column) => _values[column] ?? throw new InvalidOperationException($"{Table}.{column} is null.");

    public static async Task<IReadOnlyList<RowTemplate>> ReadAsync(
        NpgsqlConnection connection, string table, string where, Guid? requestId, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"SELECT * FROM {table} WHERE {where}", connection);
        if (requestId is { } id)
        {
            command.Parameters.AddWithValue("request", id);
        }

        var rows = new List<RowTemplate>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                values[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(new RowTemplate(table, values));
        }

        return rows;
    }

    public NpgsqlBatchCommand Insert(Dictionary<string, object> replaced)
    {
        var columns = _values.Keys.ToList();
        var command = new NpgsqlBatchCommand(
            $"INSERT INTO {Table} ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"${i + 1}"))})");
        foreach (var column in columns)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = replaced.TryGetValue(column, out var value) ? value : _values[column] ?? DBNull.Value });
        }

        return command;
    }
}
