using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenKazan.Analytics.Contracts;
using OpenKazan.Analytics.ReportConstructor;
using OpenKazan.Analytics.StageAnalytics;
using OpenKazan.Host;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Benchmarks.Analytics;

/// <summary>
/// <c>analytics [--count N] [--seed S] [--reps R] [--database NAME]</c>: a PostgreSQL database with the demo cities, N
/// generated Kazan requests (default 2,500,000), then each report of <see cref="BenchmarkReports"/> timed through the
/// generic engine and as hand-written SQL, R times each after a warm-up (median reported), and the stage analytics once.
/// Without <c>--database</c> the database is new and thrown away with the server; with it, a database of that name is
/// generated once and reused by later runs against the same server, so the reports can be timed again without waiting
/// for the generator.
/// </summary>
public sealed partial class AnalyticsHarness : IHarness
{
    public string Name => "analytics";

    public string Description => "report constructor vs hand-written SQL on N generated Kazan requests (--count, --seed, --reps)";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var options = Options(arguments);
        var admin = Environment.GetEnvironmentVariable("OPENKAZAN_TEST_POSTGRES")
            ?? throw new InvalidOperationException("OPENKAZAN_TEST_POSTGRES is not set: run through tests/OpenKazan.Benchmarks/run.sh.");
        var (database, isNew) = await OpenDatabaseAsync(admin, options.Database, cancellationToken);
        await using var app = await StartAsync(database, cancellationToken);
        var city = app.Services.GetRequiredService<ITenantStore>().FindBySlug("kazan") ?? throw new InvalidOperationException("No Kazan.");
        var lastDay = new DateOnly(2026, 11, 29);
        if (!isNew)
        {
            Console.WriteLine($"reusing the requests generated earlier in {options.Database}");
        }

        if (isNew)
        {
            await using var scope = app.Services.GetRequiredService<TenantScopeFactory>().Create(city);
            var generated = await scope.Services.GetRequiredService<IRequestGenerator>()
                .GenerateAsync(new GeneratorOptions(options.Count, options.Seed, 730, lastDay), Console.Out, cancellationToken);
            Console.WriteLine(Invariant($"generated {generated.Requests} requests, busiest day {generated.BusiestDay}, in {generated.Took.TotalSeconds:F0} s"));
        }

        var period = (From: lastDay.AddDays(-729), To: lastDay);
        var checks = new ReportChecks(app.Services, city, period.From, period.To);
        await checks.ColdStartAsync(cancellationToken);
        var timer = new ReportTimer(app.Services, city, database, period.From, period.To, options.Reps);
        Console.WriteLine("| report | generic ms | hand SQL on request tables ms | generic / hand | hand SQL on facts ms | generic / hand on facts | same numbers |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---|");
        foreach (var report in BenchmarkReports.All)
        {
            var result = await timer.TimeAsync(report, cancellationToken);
            Console.WriteLine(Invariant(
                $"| {report.Name} | {result.Generic:F0} | {result.Raw:F0} | {result.Generic / result.Raw:F2} | {result.Facts:F0} | {result.Generic / result.Facts:F2} | {(result.Same ? "yes" : "NO")} |"));
        }

        await using (var scope = app.Services.GetRequiredService<TenantScopeFactory>().Create(city))
        {
            var watch = Stopwatch.StartNew();
            var links = await scope.Services.GetRequiredService<StageReport>()
                .RunAsync(ReportScope.City(city.Id), period.From, period.To, 50, "ru", cancellationToken);
            Console.WriteLine(Invariant($"stage analytics: {links.Count} organisation × category links in {watch.ElapsedMilliseconds} ms; weakest first:"));
            foreach (var link in links.Take(5))
            {
                Console.WriteLine(Invariant($"  {link.Organisation} / {link.Category}: {link.LateShare:P1} of stage deadlines lost, most at {link.LostAt}"));
            }
        }

        await checks.CatchUpAsync(database, cancellationToken);
        await checks.ExportAsync(cancellationToken);
        return 0;
    }

    private static (int Count, int Seed, int Reps, string? Database) Options(IReadOnlyList<string> arguments)
    {
        string? Text(string name)
        {
            var at = arguments.ToList().IndexOf(name);
            return at >= 0 && at + 1 < arguments.Count ? arguments[at + 1] : null;
        }

        int Value(string name, int fallback) => Text(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

        var database = Text("--database");
        if (database is not null && !DatabaseName().IsMatch(database))
        {
            throw new ArgumentException("--database takes lower-case letters, digits and underscores.");
        }

        return (Value("--count", 2_500_000), Value("--seed", 42), Value("--reps", 5), database);
    }

    /// <summary>The named database if it exists (reused), else a new one (generated into).</summary>
    private static async Task<(string ConnectionString, bool IsNew)> OpenDatabaseAsync(string admin, string? requested, CancellationToken ct)
    {
        var name = requested ?? $"openkazan_bench_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", name);
        var isNew = (long)(await exists.ExecuteScalarAsync(ct))! == 0;
        if (isNew)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync(ct);
        }

        return (new NpgsqlConnectionStringBuilder(admin) { Database = name, CommandTimeout = 600 }.ConnectionString, isNew);
    }

    private static async Task<WebApplication> StartAsync(string connectionString, CancellationToken ct)
    {
        var repository = FindRepository();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Production",
            ContentRootPath = Path.Combine(repository, "src", "OpenKazan.Host"),
        });
        builder.Configuration["ConnectionStrings:OpenKazan"] = connectionString;
        builder.Configuration["Database:Provider"] = "PostgreSql";
        builder.Configuration["Database:MigrateOnStart"] = "true";
        builder.Configuration["Seed:TenantsFolder"] = Path.Combine(repository, "tenants");
        builder.Configuration["Serilog:MinimumLevel:Default"] = "Warning";
        builder.AddOpenKazan();
        var app = builder.Build();
        await StartupTasks.RunAsync(app);
        ct.ThrowIfCancellationRequested();
        return app;
    }

    private static string FindRepository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "OpenKazan.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Run from inside the repository.");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("^[a-z0-9_]{1,60}$")]
    private static partial Regex DatabaseName();
}
