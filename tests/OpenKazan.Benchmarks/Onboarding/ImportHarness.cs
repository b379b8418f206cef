using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenKazan.BuildingBlocks.Packages;
using OpenKazan.Host;
using OpenKazan.Onboarding.Contracts;
using OpenKazan.Persistence;

namespace OpenKazan.Benchmarks.Onboarding;

/// <summary>
/// <c>run.sh import [buildings] [organisations]</c>: generates a city package (10,000 buildings and 300 organisations
/// by default), then on SQLite and on PostgreSQL times a dry run (reading and checking only: the baseline), the first
/// import and a re-import of the same package into a fresh database. The target is an import within 30 s.
/// </summary>
public sealed class ImportHarness : IHarness
{
    private static readonly TimeSpan Target = TimeSpan.FromSeconds(30);

    public string Name => "import";

    public string Description => "city package import: 10,000 buildings and 300 organisations on SQLite and PostgreSQL";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var buildings = arguments.Count > 0 ? int.Parse(arguments[0], CultureInfo.InvariantCulture) : 10_000;
        var organisations = arguments.Count > 1 ? int.Parse(arguments[1], CultureInfo.InvariantCulture) : 300;
        var folder = Path.Combine(Path.GetTempPath(), $"openkazan-import-{Guid.NewGuid():N}");
        LargeCityPackage.Write(folder, Directory.GetCurrentDirectory(), buildings, organisations);
        Console.WriteLine(Invariant($"package: {buildings} buildings, {organisations} organisations in {folder}"));
        var within = true;
        try
        {
            var sqlite = Path.Combine(Path.GetTempPath(), $"openkazan-import-{Guid.NewGuid():N}.db");
            within &= await MeasureAsync(DatabaseProvider.Sqlite, $"Data Source={sqlite};Default Timeout=60", folder, cancellationToken);
            if (Environment.GetEnvironmentVariable("OPENKAZAN_TEST_POSTGRES") is { } admin)
            {
                var connection = await CreatePostgresDatabaseAsync(admin, cancellationToken);
                within &= await MeasureAsync(DatabaseProvider.PostgreSql, connection, folder, cancellationToken);
            }
            else
            {
                Console.WriteLine("PostgreSQL skipped: OPENKAZAN_TEST_POSTGRES is not set (run through run.sh)");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        return within ? 0 : 1;
    }

    private static async Task<bool> MeasureAsync(DatabaseProvider provider, string connectionString, string folder, CancellationToken ct)
    {
        await using var app = Build(provider, connectionString);
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
        }

        var dryRun = await TimeAsync(app, folder, dryRun: true, ct);
        var first = await TimeAsync(app, folder, dryRun: false, ct);
        var again = await TimeAsync(app, folder, dryRun: false, ct);
        Console.WriteLine(Invariant(
            $"{provider,-10} dry run {dryRun.TotalSeconds,6:0.00} s | import {first.TotalSeconds,6:0.00} s ({first / dryRun:0.0}x dry run) | re-import {again.TotalSeconds,6:0.00} s ({again / dryRun:0.0}x dry run)"));
        return first <= Target && again <= Target;
    }

    private static async Task<TimeSpan> TimeAsync(WebApplication app, string folder, bool dryRun, CancellationToken ct)
    {
        using var scope = app.Services.CreateScope();
        var importer = scope.ServiceProvider.GetRequiredService<ICityPackageImporter>();
        var clock = Stopwatch.StartNew();
        var result = await importer.ImportAsync(new FolderPackageSource(folder), dryRun, progress: null, ct);
        clock.Stop();
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The generated package is invalid: " + string.Join("; ", result.Errors.Take(5)));
        }

        return clock.Elapsed;
    }

    /// <summary>The real application's services over the given database, without starting the web server or seeding.</summary>
    internal static WebApplication Build(DatabaseProvider provider, string connectionString)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Configuration["ConnectionStrings:OpenKazan"] = connectionString;
        builder.Configuration["Database:Provider"] = provider.ToString();
        builder.Configuration["Seed:TenantsFolder"] = string.Empty;
        builder.Configuration["Logging:LogLevel:Default"] = "Warning";

        // A fresh database makes EF log its first look for the migrations history table as a failed command.
        builder.Configuration["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "None";
        builder.AddOpenKazan();
        return builder.Build();
    }

    private static async Task<string> CreatePostgresDatabaseAsync(string adminConnectionString, CancellationToken ct)
    {
        var name = $"openkazan_import_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(adminConnectionString))
        {
            await admin.OpenAsync(ct);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync(ct);
        }

        return new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name }.ConnectionString;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
