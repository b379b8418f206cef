using OpenKazan.Analytics.Contracts;
using OpenKazan.IntegrationTests.Requests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.Persistence;

namespace OpenKazan.IntegrationTests.Analytics;

/// <summary>
/// A database of its own with a small fixed data set: 3,000 generated Grozny requests (seed 7, 90 days up to
/// 2026-11-29), so every measure can be recomputed independently from the request tables.
/// </summary>
public class AnalyticsFactory(DatabaseProvider provider) : RequestsFactory(provider)
{
    public static readonly DateOnly LastDay = new(2026, 11, 29);
    public static readonly DateOnly FirstDay = LastDay.AddDays(-89);

    private readonly SemaphoreSlim _once = new(1, 1);
    private GeneratorResult? _generated;

    /// <summary>Generates the data set on first use; every test of the fixture reads the same one.</summary>
    public async Task<GeneratorResult> DataSetAsync()
    {
        await _once.WaitAsync();
        try
        {
            return _generated ??= await InCityAsync("grozny", sp => sp.GetRequiredService<IRequestGenerator>()
                .GenerateAsync(new GeneratorOptions(3000, 7, 90, LastDay), TextWriter.Null, CancellationToken.None));
        }
        finally
        {
            _once.Release();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _once.Dispose();
        }

        base.Dispose(disposing);
    }
}

public sealed class SqliteAnalyticsFactory() : AnalyticsFactory(DatabaseProvider.Sqlite);

public sealed class PostgresAnalyticsFactory() : AnalyticsFactory(DatabaseProvider.PostgreSql);

[CollectionDefinition(Name)]
public sealed class SqliteAnalyticsCollection : ICollectionFixture<SqliteAnalyticsFactory>
{
    public const string Name = "analytics-sqlite";
}

[CollectionDefinition(Name)]
public sealed class PostgresAnalyticsCollection : ICollectionFixture<PostgresAnalyticsFactory>
{
    public const string Name = "analytics-postgres";
}
