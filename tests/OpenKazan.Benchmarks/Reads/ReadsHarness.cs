using System.Globalization;
using Npgsql;
using OpenKazan.Benchmarks.Infrastructure;

namespace OpenKazan.Benchmarks.Reads;

/// <summary>
/// <c>reads [N] [--seconds 10] [--warmup 3] [--concurrency 32] [--database NAME] [--only TEXT] [--doc true]</c>: a whole city visiting
/// its public pages. N generated Kazan requests (default 300,000) on PostgreSQL with durable commits, the host in its
/// own process in Production mode with the logging it ships with, then closed-loop workers on each public read in
/// turn, the bare <c>/health/live</c> as the baseline before and after in the same run. The status page and Open311
/// <c>requests/{id}</c> rotate through real request numbers. With <c>--database</c> the generated database is kept
/// and reused by later runs against the same server; <c>--only</c> keeps the endpoints whose name contains the text (and
/// the baseline), e.g. for a profile; with <c>--doc true</c> the table goes into docs/benchmarks.md.
/// </summary>
public sealed class ReadsHarness : IHarness
{
    private const int SampledNumbers = 60_000;

    public string Name => "reads";

    public string Description => "public pages and Open311/status reads at city scale on PostgreSQL vs /health/live (N requests)";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var count = arguments.Count > 0 && !arguments[0].StartsWith("--", StringComparison.Ordinal)
            ? int.Parse(arguments[0], CultureInfo.InvariantCulture)
            : 300_000;
        var options = HarnessOptions.Parse(arguments.SkipWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList());
        var run = new ReadsRun(
            count,
            (int)options.Number("concurrency", 32),
            TimeSpan.FromSeconds(options.Number("warmup", 3)),
            TimeSpan.FromSeconds(options.Number("seconds", 10)));

        await using var database = await GeneratedCity.OpenAsync(options.Text("database"), "reads", count, cancellationToken);
        var requests = await GeneratedCity.CountAsync(database.ConnectionString, cancellationToken);
        var numbers = await SampleNumbersAsync(database.ConnectionString, cancellationToken);
        Console.WriteLine(Invariant($"{requests:N0} Kazan requests; {numbers.Count} numbers sampled; {run.Concurrency} connections, {run.WarmUp.TotalSeconds:0} s warm-up, {run.Duration.TotalSeconds:0} s measured per endpoint, {Environment.ProcessorCount} cores, load {GeneratedCity.LoadAverage()}"));

        await using var host = await HostProcess.StartAsync(database.ConnectionString, GeneratedCity.Production, cancellationToken);
        var endpoints = ReadsEndpoints.All(numbers)
            .Where(e => e.IsBaseline || options.Text("only") is not { } only || e.Name.Contains(only, StringComparison.OrdinalIgnoreCase)).ToList();
        var settled = await host.SettleAsync(cancellationToken);
        Console.WriteLine(Invariant($"host process {host.ProcessId} idle after {settled.TotalSeconds:0} s (attach dotnet-trace or dotnet-counters to it now)"));
        var results = await ReadsRun.MeasureAsync(run, host, endpoints, cancellationToken);
        var table = ReadsTable.Markdown(results, requests, host.ResidentMegabytes(), GeneratedCity.LoadAverage());
        Console.WriteLine();
        Console.WriteLine(table);
        if (options.Text("doc") == "true")
        {
            ReadsTable.WriteIntoDocs(HostProcess.RepositoryRoot(), requests, table);
            Console.WriteLine("written into docs/benchmarks.md");
        }

        return results.All(r => r.Failed == 0) ? 0 : 1;
    }

    /// <summary>
    /// Numbers of requests with a history (every filed request has one; the copies a scaled-up database adds beside the
    /// generated ones may not), so the Open311 answer read is a whole one.
    /// </summary>
    private static async Task<List<string>> SampleNumbersAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            "SELECT r.\"Number\" FROM requests r JOIN catalog_tenants t ON t.\"Id\" = r.\"TenantId\" WHERE t.\"Slug\" = 'kazan' " +
            $"AND EXISTS (SELECT 1 FROM request_events e WHERE e.\"RequestId\" = r.\"Id\") ORDER BY random() LIMIT {SampledNumbers}",
            connection);
        var numbers = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            numbers.Add(reader.GetString(0));
        }

        return numbers.Count > 0 ? numbers : throw new InvalidOperationException("Kazan has no requests to read.");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
