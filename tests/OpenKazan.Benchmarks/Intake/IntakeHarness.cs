using System.Globalization;
using Npgsql;
using OpenKazan.Benchmarks.Infrastructure;

namespace OpenKazan.Benchmarks.Intake;

/// <summary>
/// Intake throughput and latency on PostgreSQL: the host in its own process takes call-centre submissions over HTTP
/// from closed-loop workers; a raw-insert baseline writing the same rows runs before and after it in the same run, so
/// the ratio holds on a noisy machine. Options: --seconds 30 --warmup 5 --concurrency 32.
/// </summary>
public sealed class IntakeHarness : IHarness
{
    public string Name => "intake";

    public string Description => "request submissions/s and p99 over HTTP on PostgreSQL vs a raw-insert baseline";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var options = HarnessOptions.Parse(arguments);
        var seconds = TimeSpan.FromSeconds(options.Number("seconds", 30));
        var warmUp = TimeSpan.FromSeconds(options.Number("warmup", 5));
        var concurrency = (int)options.Number("concurrency", 32);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"intake: {concurrency} workers, {warmUp.TotalSeconds:0} s warm-up, {seconds.TotalSeconds:0} s measured, {Environment.ProcessorCount} cores, load {LoadAverage()}"));

        await using var database = await BenchmarkDatabase.CreateAsync("intake");
        await using var host = await HostProcess.StartAsync(database.ConnectionString, cancellationToken);
        using var client = await IntakeClient.CreateAsync(host.Port, concurrency, database.ConnectionString, cancellationToken);
        var randoms = Enumerable.Range(0, concurrency).Select(i => new Random(i)).ToArray();
        Task<bool> Submit(int worker, CancellationToken ct) => client.SubmitAsync(randoms[worker], ct);

        await LoadRunner.RunAsync("warm-up", concurrency, warmUp, TimeSpan.Zero, Submit, cancellationToken);
        await using var baseline = await RawInsertBaseline.FromSubmittedRequestAsync(database.ConnectionString, cancellationToken);
        Console.WriteLine("baseline writes per submission: " + string.Join(", ", baseline.Describe()));
        Task<bool> Raw(int worker, CancellationToken ct) => baseline.SubmitAsync(ct);

        var results = new List<LoadResult>
        {
            await LoadRunner.RunAsync("raw insert (before)", concurrency, warmUp, seconds, Raw, cancellationToken),
            await LoadRunner.RunAsync("product intake", concurrency, warmUp, seconds, Submit, cancellationToken),
            await LoadRunner.RunAsync("raw insert (after)", concurrency, warmUp, seconds, Raw, cancellationToken),
        };
        Print(results);
        return await NumbersAreUniqueAsync(database.ConnectionString, cancellationToken) ? 0 : 1;
    }

    private static void Print(List<LoadResult> results)
    {
        var invariant = CultureInfo.InvariantCulture;
        Console.WriteLine();
        Console.WriteLine("| phase | succeeded | failed | per second | p50 ms | p95 ms | p99 ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            Console.WriteLine(string.Create(invariant,
                $"| {r.Name} | {r.Succeeded} | {r.Failed} | {r.PerSecond:0} | {r.Percentile(50):0.0} | {r.Percentile(95):0.0} | {r.Percentile(99):0.0} |"));
        }

        var product = results[1].PerSecond;
        var baseline = (results[0].PerSecond + results[2].PerSecond) / 2;
        Console.WriteLine();
        Console.WriteLine(string.Create(invariant, $"product / baseline (mean of before and after) = {product / baseline:0.00}"));
    }

    /// <summary>A fast intake that hands out a number twice would be worthless: the run fails if it did.</summary>
    private static async Task<bool> NumbersAreUniqueAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT count(*), count(DISTINCT \"Number\") FROM requests", connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var (rows, distinct) = (reader.GetInt64(0), reader.GetInt64(1));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"requests in the database: {rows}, distinct numbers: {distinct}"));
        return rows == distinct;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
