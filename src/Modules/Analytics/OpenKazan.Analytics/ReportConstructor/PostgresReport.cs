using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpenKazan.BuildingBlocks.Persistence;

namespace OpenKazan.Analytics.ReportConstructor;

/// <summary>
/// The report as one GROUP BY over the fact table. Column and aggregate text come from <see cref="ReportCatalog"/>
/// only; every value the caller gives (cities, organisation, period, filter values) is a parameter.
/// The city condition is written here explicitly because raw SQL bypasses the EF tenant filter.
/// </summary>
internal static class PostgresReport
{
    public static async Task<GroupedValues> RunAsync(
        TenantScopedDbContext db, ReportQuery query, ReportScope scope, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(ct);
        }

        await using var command = Build(connection, query, scope, from, to);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var groups = new Dictionary<string, (IReadOnlyList<string>, double?[])>(StringComparer.Ordinal);
        var dimensionCount = query.Dimensions.Count;
        while (await reader.ReadAsync(ct))
        {
            var keys = Enumerable.Range(0, dimensionCount).Select(i => KeyText(reader, i)).ToList();
            var values = Enumerable.Range(0, query.Measures.Count)
                .Select(i => reader.IsDBNull(dimensionCount + i) ? (double?)null : reader.GetDouble(dimensionCount + i)).ToArray();
            groups[string.Join(ReportEngine.KeySeparator, keys)] = (keys, values);
        }

        return new GroupedValues(groups);
    }

    /// <summary>The generated SQL, public to the benchmark so it can print what it timed.</summary>
    public static NpgsqlCommand Build(NpgsqlConnection connection, ReportQuery query, ReportScope scope, DateOnly from, DateOnly to)
    {
        var command = new NpgsqlCommand { Connection = connection };
        var select = query.Dimensions.Select(d => d.Sql).Concat(query.Measures.Select(m => m.Sql));
        var sql = new StringBuilder("SELECT ").AppendJoin(", ", select)
            .Append(" FROM analytics_request_facts WHERE \"TenantId\" = ANY(@cities) AND \"RegisteredOn\" BETWEEN @from AND @to");
        command.Parameters.AddWithValue("cities", scope.Cities.ToArray());
        command.Parameters.AddWithValue("from", from);
        command.Parameters.AddWithValue("to", to);
        if (scope.OrganisationId is { } org)
        {
            sql.Append(" AND \"OrganisationId\" = @org");
            command.Parameters.AddWithValue("org", org);
        }

        for (var i = 0; i < query.Filters.Count; i++)
        {
            var (dimension, values) = query.Filters[i];
            sql.Append(CultureInfo.InvariantCulture, $" AND {dimension.Sql} = ANY(@f{i})");
            command.Parameters.AddWithValue($"f{i}", dimension.IsGuid ? values.Select(Guid.Parse).ToArray() : values.ToArray());
        }

        if (query.Dimensions.Count > 0)
        {
            sql.Append(" GROUP BY ").AppendJoin(", ", Enumerable.Range(1, query.Dimensions.Count));
        }

        command.CommandText = sql.ToString();
        return command;
    }

    private static string KeyText(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal)
        ? string.Empty
        : reader.GetValue(ordinal) switch
        {
            DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTime moment => DateOnly.FromDateTime(moment).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            var other => Convert.ToString(other, CultureInfo.InvariantCulture) ?? string.Empty,
        };
}
