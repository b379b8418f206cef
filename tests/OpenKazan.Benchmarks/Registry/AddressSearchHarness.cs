using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.Benchmarks.Infrastructure;
using OpenKazan.Benchmarks.Onboarding;
using OpenKazan.BuildingBlocks.Packages;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Onboarding.Contracts;
using OpenKazan.Persistence;
using OpenKazan.Registry.Domain;
using OpenKazan.Registry.Search;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;
using OpenKazan.Registry.Contracts;

namespace OpenKazan.Benchmarks.Registry;

/// <summary>
/// <c>run.sh address [buildings...]</c>: a city of 2,400 and one of 100,000 buildings (about 35 houses a street, some
/// "Большая …"/"Малая …" streets sharing a word) on SQLite and PostgreSQL; 1,200 searches typed as people type them
/// (street and house, "ул …, house", the street alone, the first letters of the street) each through the address
/// search in a fresh unit of work, against the baseline of the same texts as one plain substring query (the search
/// before it ranked). Target: p95 under 50 ms.
/// </summary>
public sealed class AddressSearchHarness : IHarness
{
    private const double TargetMs = 50;
    private const int Sampled = 300;

    private static readonly string[] Syllables =
        ["ка", "зан", "бау", "ман", "пуш", "ки", "но", "ре", "ли", "то", "ва", "гор", "мир", "сад", "лес", "дуб", "ро", "ви", "ша", "тук", "ай", "ба", "су", "нар"];

    public string Name => "address";

    public string Description => "address search p95 at 2,400 and 100,000 buildings on SQLite and PostgreSQL (target < 50 ms)";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var sizes = arguments.Count > 0 ? arguments.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToList() : [2_400, 100_000];
        var within = true;
        foreach (var size in sizes)
        {
            var streets = Streets(size);
            var folder = Path.Combine(Path.GetTempPath(), $"openkazan-address-{Guid.NewGuid():N}");
            LargeCityPackage.Write(folder, Directory.GetCurrentDirectory(), size, 60, b => streets[b - 1]);
            try
            {
                var sqlite = Path.Combine(Path.GetTempPath(), $"openkazan-address-{Guid.NewGuid():N}.db");
                within &= await MeasureAsync(DatabaseProvider.Sqlite, $"Data Source={sqlite};Default Timeout=60", folder, streets, cancellationToken);
                await using var postgres = await BenchmarkDatabase.CreateAsync("address");
                within &= await MeasureAsync(DatabaseProvider.PostgreSql, postgres.ConnectionString, folder, streets, cancellationToken);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        return within ? 0 : 1;
    }

    /// <summary>Building n's address: streets of about 35 houses, some with a corps, most "ул.", some "пр."/"пер.".</summary>
    private static List<string> Streets(int buildings)
    {
        var random = new Random(2400);
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (names.Count < Math.Max(1, buildings / 35))
        {
            var word = string.Concat(Enumerable.Range(0, 3).Select(_ => Syllables[random.Next(Syllables.Length)]));
            var name = char.ToUpperInvariant(word[0]) + word[1..] + "ская";
            names.Add(random.Next(20) == 0 ? (random.Next(2) == 0 ? "Большая " : "Малая ") + name : name);
        }

        var streets = names.ToList();
        return Enumerable.Range(0, buildings).Select(b =>
        {
            var street = streets[b % streets.Count];
            var house = b / streets.Count + 1;
            var kind = (street.Length % 10) switch { 0 => "пр.", 1 => "пер.", _ => "ул." };
            return Invariant($"{kind} {street}, д. {house}") + (b % 17 == 0 ? ", корп. 2" : string.Empty);
        }).ToList();
    }

    private static async Task<bool> MeasureAsync(DatabaseProvider provider, string connectionString, string folder, List<string> addresses, CancellationToken ct)
    {
        await using var app = ImportHarness.Build(provider, connectionString);
        var city = await ImportAsync(app, folder, ct);
        var random = new Random(42);
        var typed = Enumerable.Range(0, Sampled).Select(_ => AddressKey.Parse(addresses[random.Next(addresses.Count)]))
            .SelectMany(k => new[] { $"{k.Street} {k.House}", $"ул {k.Street}, {k.House}", k.Street, k.Street[..Math.Min(6, k.Street.Length)] })
            .ToList();

        foreach (var text in typed.Take(50))
        {
            await SearchAsync(app, city, text, ct);
            await BaselineAsync(app, city, text, ct);
        }

        var search = new List<double>();
        var baseline = new List<double>();
        foreach (var text in typed)
        {
            search.Add(await SearchAsync(app, city, text, ct));
            baseline.Add(await BaselineAsync(app, city, text, ct));
        }

        var p95 = Percentile(search, 0.95);
        var p95Baseline = Percentile(baseline, 0.95);
        Console.WriteLine(Invariant(
            $"{provider,-10} {addresses.Count,7} buildings | search p50 {Percentile(search, 0.5),5:0.0} ms p95 {p95,5:0.0} ms max {search.Max(),6:0.0} ms | baseline p50 {Percentile(baseline, 0.5),5:0.0} ms p95 {p95Baseline,5:0.0} ms | p95 ratio {p95 / p95Baseline:0.00} | {typed.Count} searches"));
        return p95 < TargetMs;
    }

    private static async Task<TenantInfo> ImportAsync(WebApplication app, string folder, CancellationToken ct)
    {
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
            var result = await scope.ServiceProvider.GetRequiredService<ICityPackageImporter>().ImportAsync(new FolderPackageSource(folder), false, null, ct);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("The generated package is invalid: " + string.Join("; ", result.Errors.Take(5)));
            }
        }

        var store = app.Services.GetRequiredService<ITenantStore>();
        await store.RefreshAsync(ct);
        return store.FindBySlug("bigcity") ?? throw new InvalidOperationException("The imported city is not in the catalog.");
    }

    private static async Task<double> SearchAsync(WebApplication app, TenantInfo city, string text, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        await using var scope = app.Services.GetRequiredService<TenantScopeFactory>().Create(city);
        var page = await scope.Services.GetRequiredService<TenantScopedDbContext>().SearchAddressAsync(text, 0, 10, ct);
        clock.Stop();
        return page is { Buildings.Count: > 0 } ? clock.Elapsed.TotalMilliseconds : throw new InvalidOperationException($"'{text}' found nothing.");
    }

    /// <summary>The search before ranking: one substring query on the stored key, the first ten by key.</summary>
    private static async Task<double> BaselineAsync(WebApplication app, TenantInfo city, string text, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        await using var scope = app.Services.GetRequiredService<TenantScopeFactory>().Create(city);
        var term = AddressKey.Normalise(text);
        await scope.Services.GetRequiredService<TenantScopedDbContext>().Set<Building>().AsNoTracking()
            .Where(b => b.AddressSearch.Contains(term)).OrderBy(b => b.AddressSearch).Take(10).Select(b => b.Address).ToListAsync(ct);
        clock.Stop();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Percentile(List<double> values, double share)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(share * sorted.Count) - 1)];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
