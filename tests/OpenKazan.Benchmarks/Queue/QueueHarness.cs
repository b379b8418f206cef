using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;
using OpenKazan.Benchmarks.Infrastructure;

namespace OpenKazan.Benchmarks.Queue;

/// <summary>
/// <c>queue [N] [--seconds 10] [--warmup 3] [--concurrency 4] [--database NAME] [--only TEXT] [--doc true]</c>: the staff
/// work queue pages at city scale. N generated Kazan requests (default 300,000) on PostgreSQL with durable commits (the
/// same database as <c>reads</c> with the same <c>--database</c>), the demo staff accounts seeded by one Development
/// start when the database has none yet, then the host in Production; the dispatcher, an executor and an organisation admin sign in through the login
/// form and each page (the Razor pages <c>/dispatch</c> and <c>/work/inbox</c>, i.e. the work queue reader
/// plus the page's own lookups and HTML) is driven in turn by closed-loop workers, the bare <c>/health/live</c> before
/// and after as the baseline of the same run. Each page's total ("Найдено: …") is checked against a SQL count.
/// </summary>
public sealed partial class QueueHarness : IHarness
{
    public string Name => "queue";

    public string Description => "staff work queue pages (dispatcher, executor, organisation admin) at city scale vs /health/live (N requests)";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var count = arguments.Count > 0 && !arguments[0].StartsWith("--", StringComparison.Ordinal)
            ? int.Parse(arguments[0], CultureInfo.InvariantCulture)
            : 300_000;
        var options = HarnessOptions.Parse(arguments.SkipWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList());
        var concurrency = (int)options.Number("concurrency", 4);
        var warmUp = TimeSpan.FromSeconds(options.Number("warmup", 3));
        var duration = TimeSpan.FromSeconds(options.Number("seconds", 10));

        await using var database = await GeneratedCity.OpenAsync(options.Text("database"), "queue", count, cancellationToken);
        if (!await StaffSeededAsync(database.ConnectionString, cancellationToken))
        {
            await using (await HostProcess.StartAsync(database.ConnectionString, HostRun.Intake, cancellationToken))
            {
                Console.WriteLine("demo staff accounts seeded (one Development start)");
            }
        }

        var requests = await GeneratedCity.CountAsync(database.ConnectionString, cancellationToken);
        var pages = (await QueuePages.ReadAsync(database.ConnectionString, cancellationToken))
            .Where(p => p.IsBaseline || options.Text("only") is not { } only || p.Name.Contains(only, StringComparison.OrdinalIgnoreCase)).ToList();
        Console.WriteLine(Invariant($"{requests:N0} Kazan requests, {pages[1].Expected:N0} open; {concurrency} connections, {warmUp.TotalSeconds:0} s warm-up, {duration.TotalSeconds:0} s measured per page, {Environment.ProcessorCount} cores, load {GeneratedCity.LoadAverage()}"));

        await using var host = await HostProcess.StartAsync(database.ConnectionString, GeneratedCity.Production, cancellationToken);
        var settled = await host.SettleAsync(cancellationToken);
        Console.WriteLine(Invariant($"host process {host.ProcessId} idle after {settled.TotalSeconds:0} s (attach dotnet-trace or dotnet-counters to it now)"));
        var clients = new Dictionary<StaffMember, StaffClient>();
        try
        {
            foreach (var (member, mailbox) in new[] { (StaffMember.Dispatcher, "dispatcher"), (StaffMember.Executor, "executor"), (StaffMember.OrganisationAdmin, "orgadmin") })
            {
                var client = new StaffClient(host.Port, concurrency);
                clients[member] = client;
                await client.SignInAsync($"{mailbox}@kazan.demo", "Demo123!", cancellationToken);
            }

            var results = new List<QueueResult>();
            foreach (var page in pages)
            {
                results.Add(await MeasureAsync(clients[page.Reader], page, concurrency, warmUp, duration, cancellationToken));
            }

            var table = QueueTable.Markdown(results, requests, concurrency, GeneratedCity.LoadAverage());
            Console.WriteLine();
            Console.WriteLine(table);
            if (options.Text("doc") == "true")
            {
                BenchmarksDoc.WriteBlock(HostProcess.RepositoryRoot(), QueueTable.Heading, Invariant($"queue {requests}"), table);
                Console.WriteLine("written into docs/benchmarks.md");
            }

            return results.All(r => r.Load.Failed == 0 && (r.Page.IsBaseline || r.Page.MovesWithTime || r.Shown == r.Page.Expected)) ? 0 : 1;
        }
        finally
        {
            foreach (var client in clients.Values)
            {
                client.Dispose();
            }
        }
    }

    private static async Task<QueueResult> MeasureAsync(
        StaffClient client, QueuePage page, int concurrency, TimeSpan warmUp, TimeSpan duration, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var html = await client.GetTextAsync(page.Path, ct) ?? throw new InvalidOperationException($"{page.Path} did not answer 200.");
        var firstMs = clock.Elapsed.TotalMilliseconds;
        long? shown = page.IsBaseline ? null
            : Total().Match(html) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"{page.Path} shows no total.");
        var load = await LoadRunner.RunAsync(page.Name, concurrency, warmUp, duration,
            async (_, token) => await client.GetAsync(page.Path, token) is not null, ct);
        var result = new QueueResult(page, load, firstMs, html.Length, shown);
        Console.WriteLine(Invariant(
            $"{page.Name}: {load.PerSecond:0.0}/s, p50 {load.Percentile(50):0.0} ms, p95 {load.Percentile(95):0.0} ms, p99 {load.Percentile(99):0.0} ms, {load.Failed} failed, first {firstMs:0} ms, total shown {shown} (SQL {page.Expected})"));
        return result;
    }

    private static async Task<bool> StaffSeededAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM identity_users WHERE \"NormalizedEmail\" IN ('DISPATCHER@KAZAN.DEMO', 'EXECUTOR@KAZAN.DEMO', 'ORGADMIN@KAZAN.DEMO')",
            connection);
        return (long)(await command.ExecuteScalarAsync(ct))! == 3;
    }

    [GeneratedRegex("class=\"queue-total\">[^<0-9]*([0-9]+)<")]
    private static partial Regex Total();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>What one page achieved: the load phase, its first (cold) answer, its size and the total it showed.</summary>
public sealed record QueueResult(QueuePage Page, LoadResult Load, double FirstMs, int Characters, long? Shown);
