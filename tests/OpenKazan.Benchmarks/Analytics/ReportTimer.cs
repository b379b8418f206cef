using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenKazan.Analytics.Contracts;
using OpenKazan.Analytics.ReportConstructor;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Benchmarks.Analytics;

/// <summary>Median milliseconds of the three ways, and whether they agree.</summary>
public sealed record ReportTiming(double Generic, double Raw, double Facts, bool Same);

/// <summary>Times one report: a warm-up of each way, then the ways interleaved repetition by repetition, so load drifts hit all three alike.</summary>
public sealed class ReportTimer(IServiceProvider services, TenantInfo city, string connectionString, DateOnly from, DateOnly to, int repetitions)
{
    public async Task<ReportTiming> TimeAsync(BenchmarkReport report, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        var spec = new ReportSpec(report.Dimensions, report.Measures, from, to);
        var query = ReportValidation.Validate(spec, crossCity: false, out var errors) ?? throw new InvalidOperationException(string.Join("; ", errors.Keys));
        var generic = await GenericAsync(query, ct);
        var raw = await HandAsync(report.RawSql, ct);
        var facts = await HandAsync(report.FactSql, ct);
        var times = (Generic: new List<double>(), Raw: new List<double>(), Facts: new List<double>());
        for (var i = 0; i < repetitions; i++)
        {
            times.Generic.Add(await MillisecondsAsync(() => GenericAsync(query, ct)));
            times.Raw.Add(await MillisecondsAsync(() => HandAsync(report.RawSql, ct)));
            times.Facts.Add(await MillisecondsAsync(() => HandAsync(report.FactSql, ct)));
        }

        return new ReportTiming(Median(times.Generic), Median(times.Raw), Median(times.Facts), Same(generic, raw) && Same(generic, facts));
    }

    private async Task<Dictionary<string, double?[]>> GenericAsync(ReportQuery query, CancellationToken ct)
    {
        await using var scope = services.GetRequiredService<TenantScopeFactory>().Create(city);
        var table = await scope.Services.GetRequiredService<ReportEngine>().RunAsync(query, ReportScope.City(city.Id), "ru", ct);
        return table.Rows.ToDictionary(r => string.Join('|', r.Keys), r => r.Values.ToArray());
    }

    private async Task<Dictionary<string, double?[]>> HandAsync(string sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("city", city.Id);
        command.Parameters.AddWithValue("from", from);
        command.Parameters.AddWithValue("to", to);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new Dictionary<string, double?[]>();
        var keys = reader.FieldCount - (sql.Contains("count(*)", StringComparison.Ordinal) ? 2 : 1);
        while (await reader.ReadAsync(ct))
        {
            var key = string.Join('|', Enumerable.Range(0, keys).Select(i => reader.IsDBNull(i) ? string.Empty : Key(reader.GetValue(i))));
            rows[key] = Enumerable.Range(keys, reader.FieldCount - keys).Select(i => reader.IsDBNull(i) ? (double?)null : reader.GetDouble(i)).ToArray();
        }

        return rows;
    }

    private static string Key(object value) => value switch
    {
        DateOnly day => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DateTime moment => DateOnly.FromDateTime(moment).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static bool Same(Dictionary<string, double?[]> a, Dictionary<string, double?[]> b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var other)
            && p.Value.Zip(other).All(v => v.First is null ? v.Second is null : v.Second is { } s && Math.Abs(v.First.Value - s) < 1e-6 * Math.Max(1, Math.Abs(s))));

    private static async Task<double> MillisecondsAsync(Func<Task> work)
    {
        var watch = Stopwatch.StartNew();
        await work();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2;
    }
}
