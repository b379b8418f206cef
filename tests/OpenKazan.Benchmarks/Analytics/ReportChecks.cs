using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Npgsql;
using OpenKazan.Analytics.Contracts;
using OpenKazan.Analytics.Export;
using OpenKazan.Analytics.ReportConstructor;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Benchmarks.Analytics;

/// <summary>The first report after a start (which reads the city's facts into memory) and the XLSX exports of the two reports.</summary>
public sealed class ReportChecks(IServiceProvider services, TenantInfo city, DateOnly from, DateOnly to)
{
    public async Task ColdStartAsync(CancellationToken ct)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        var table = await RunAsync(["district"], ["count"], ct);
        var took = watch.Elapsed;
        var held = GC.GetTotalMemory(forceFullCollection: true) - before;
        Console.WriteLine(Invariant(
            $"first report after start: {table.Rows.Sum(r => r.Values[0]):N0} requests read into memory and counted in {took.TotalSeconds:F1} s; the columns hold {held / 1048576.0:F0} MB"));
    }

    /// <summary>
    /// A report after a day of history: the facts of every request with history or a rating in the last day are
    /// stamped as one new fold, so the engine re-reads them before counting.
    /// </summary>
    public async Task CatchUpAsync(string connectionString, CancellationToken ct)
    {
        await RunAsync(["district"], ["count"], ct);
        await FoldLastDayAgainAsync(connectionString, ct);
        var watch = Stopwatch.StartNew();
        await RunAsync(["organisation"], ["median.resolve"], ct);
        Console.WriteLine(Invariant($"a report after a day of new history and ratings (the facts of the requests touched read again): {watch.ElapsedMilliseconds} ms"));
    }

    public async Task ExportAsync(CancellationToken ct)
    {
        foreach (var (name, dimensions, measures) in new (string, string[], string[])[]
        {
            ("on-time share by district × month", ["district", "month"], ["onTimeShare.resolve"]),
            ("median resolve time by organisation", ["organisation"], ["median.resolve"]),
        })
        {
            var watch = Stopwatch.StartNew();
            var table = await RunAsync(dimensions, measures, ct);
            var path = Path.Combine(Path.GetTempPath(), $"openkazan-{string.Join('-', dimensions)}.xlsx");
            await using (var file = File.Create(path))
            await using (var scope = services.GetRequiredService<TenantScopeFactory>().Create(city))
            {
                var wording = scope.Services.GetRequiredService<IReportWording>();
                var sheet = ReportExport.ToSheet(table, new ReportSpec(dimensions, measures, from, to), wording);
                await ReportExport.WriteAsync(sheet, "xlsx", wording.Culture, file, ct);
            }

            var took = watch.ElapsedMilliseconds;
            var read = (await MiniExcel.QueryAsync(path, useHeaderRow: true, startCell: "A2", cancellationToken: ct)).Count();
            Console.WriteLine(Invariant(
                $"XLSX of \"{name}\": report and file in {took} ms, {new FileInfo(path).Length / 1024.0:F0} KB, {read} rows read back of {table.Rows.Count} ({path})"));
            if (read != table.Rows.Count)
            {
                throw new InvalidOperationException($"The XLSX of {name} does not hold the table.");
            }
        }
    }

    private async Task FoldLastDayAgainAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            """
            UPDATE analytics_fact_watermarks SET "Run" = "Run" + 1 WHERE "TenantId" = @city;
            UPDATE analytics_request_facts SET "Run" = (SELECT "Run" FROM analytics_fact_watermarks WHERE "TenantId" = @city)
            WHERE "TenantId" = @city AND "RequestId" IN (
                SELECT "RequestId" FROM request_events WHERE "TenantId" = @city AND "At" >= (SELECT max("At") FROM request_events WHERE "TenantId" = @city) - interval '1 day'
                UNION SELECT "RequestId" FROM request_feedback WHERE "TenantId" = @city AND "UpdatedAt" >= (SELECT max("UpdatedAt") FROM request_feedback WHERE "TenantId" = @city) - interval '1 day');
            """,
            connection);
        command.Parameters.AddWithValue("city", city.Id);
        await command.ExecuteNonQueryAsync(ct);
    }

    private async Task<ReportTable> RunAsync(string[] dimensions, string[] measures, CancellationToken ct)
    {
        var query = ReportValidation.Validate(new ReportSpec(dimensions, measures, from, to), crossCity: false, out _)
            ?? throw new InvalidOperationException("A benchmark report does not validate.");
        await using var scope = services.GetRequiredService<TenantScopeFactory>().Create(city);
        return await scope.Services.GetRequiredService<ReportEngine>().RunAsync(query, ReportScope.City(city.Id), "ru", ct);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
