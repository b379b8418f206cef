using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
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
    private const int SampledNumbers = 2_000;

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

        await using var database = options.Text("database") is { } name
            ? await BenchmarkDatabase.OpenOrCreateAsync(name)
            : await BenchmarkDatabase.CreateAsync("reads");
        await MakeDurableAsync(database.ConnectionString, cancellationToken);
        if (database.IsNew)
        {
            await GenerateAsync(database.ConnectionString, count, cancellationToken);
        }
        else
        {
            Console.WriteLine($"reusing the requests generated earlier in {database.Name}");
        }

        var requests = await CountAsync(database.ConnectionString, cancellationToken);
        var numbers = await SampleNumbersAsync(database.ConnectionString, cancellationToken);
        Console.WriteLine(Invariant($"{requests:N0} Kazan requests; {numbers.Count} numbers sampled; {run.Concurrency} connections, {run.WarmUp.TotalSeconds:0} s warm-up, {run.Duration.TotalSeconds:0} s measured per endpoint, {Environment.ProcessorCount} cores, load {LoadAverage()}"));

        await using var host = await HostProcess.StartAsync(database.ConnectionString, Production, cancellationToken);
        var endpoints = ReadsEndpoints.All(numbers)
            .Where(e => e.IsBaseline || options.Text("only") is not { } only || e.Name.Contains(only, StringComparison.OrdinalIgnoreCase)).ToList();
        var settled = await host.SettleAsync(cancellationToken);
        Console.WriteLine(Invariant($"host process {host.ProcessId} idle after {settled.TotalSeconds:0} s (attach dotnet-trace or dotnet-counters to it now)"));
        var results = await ReadsRun.MeasureAsync(run, host, endpoints, cancellationToken);
        var table = ReadsTable.Markdown(results, requests, host.ResidentMegabytes(), LoadAverage());
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
    /// The product as shipped (Production, its own logging levels, token certificates of its own), with the
    /// per-client limiters opened: one load generator on one address stands for a whole city of visitors.
    /// </summary>
    private static HostRun Production { get; } = new("Production", new Dictionary<string, string>
    {
        ["RateLimiting__PermitsPerWindow"] = "1000000000",
        ["Transparency__PublicPermitsPerMinute"] = "1000000000",
        ["Open311__RateLimitPermits"] = "1000000000",
        ["Identity__SigningCertificate__Base64"] = SelfSigned(X509KeyUsageFlags.DigitalSignature),
        ["Identity__EncryptionCertificate__Base64"] = SelfSigned(X509KeyUsageFlags.KeyEncipherment),
    });

    private static string SelfSigned(X509KeyUsageFlags usage)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=OpenKazan benchmark", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        return Convert.ToBase64String(certificate.Export(X509ContentType.Pkcs12));
    }

    /// <summary>
    /// The services' cluster runs without fsync for the tests; figures reported here come from durable commits.
    /// </summary>
    private static async Task MakeDurableAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        foreach (var sql in new[] { "ALTER SYSTEM SET fsync = on", "ALTER SYSTEM SET synchronous_commit = on", "SELECT pg_reload_conf()" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>The demo cities through the host's own start (migrations, seeding), then the generator's command.</summary>
    private static async Task GenerateAsync(string connectionString, int count, CancellationToken ct)
    {
        await using (await HostProcess.StartAsync(connectionString, Production, ct))
        {
            Console.WriteLine("database migrated and the demo cities seeded");
        }

        await HostProcess.RunCommandAsync(
            connectionString, ["generate", "requests", "kazan", "--count", count.ToString(CultureInfo.InvariantCulture)], ct);
    }

    private static async Task<long> CountAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM requests r JOIN catalog_tenants t ON t.\"Id\" = r.\"TenantId\" WHERE t.\"Slug\" = 'kazan'", connection);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    private static async Task<List<string>> SampleNumbersAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            $"SELECT r.\"Number\" FROM requests r JOIN catalog_tenants t ON t.\"Id\" = r.\"TenantId\" WHERE t.\"Slug\" = 'kazan' ORDER BY random() LIMIT {SampledNumbers}",
            connection);
        var numbers = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            numbers.Add(reader.GetString(0));
        }

        return numbers.Count > 0 ? numbers : throw new InvalidOperationException("Kazan has no requests to read.");
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
