using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.BuildingBlocks.Files;
using OpenKazan.IntegrationTests.Open311;
using OpenKazan.Persistence;

namespace OpenKazan.IntegrationTests.Requests.Infrastructure;

/// <summary>
/// The Open311 fixture (header sign-in, fake clock) with two faults a test can switch on: an insert into a named table
/// fails inside its transaction, as a lost connection or a full disk would; or the file store refuses to store. A
/// storage outage cannot be produced for real here, so the store is wrapped, and the wrapper also notes which files
/// were stored and removed again.
/// </summary>
public class FailingWritesFactory(DatabaseProvider provider) : Open311Factory(provider)
{
    public WriteFaults Faults { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.ConfigureDbContext<CityDbContext>((_, options) => options.AddInterceptors(Faults));
            var store = services.Last(d => d.ServiceType == typeof(IFileStore));
            var real = store.ImplementationFactory ?? throw new InvalidOperationException("The file store is expected to be built by a factory.");
            services.Remove(store);
            services.AddSingleton<IFileStore>(sp => new FaultyFileStore((IFileStore)real(sp), Faults));
        });
    }
}

public sealed class SqliteFailingWritesFactory() : FailingWritesFactory(DatabaseProvider.Sqlite);

public sealed class PostgresFailingWritesFactory() : FailingWritesFactory(DatabaseProvider.PostgreSql);

[CollectionDefinition(Name)]
public sealed class FailingWritesSqliteCollection : ICollectionFixture<SqliteFailingWritesFactory>
{
    public const string Name = "failing-writes-sqlite";
}

[CollectionDefinition(Name)]
public sealed class FailingWritesPostgresCollection : ICollectionFixture<PostgresFailingWritesFactory>
{
    public const string Name = "failing-writes-postgres";
}

/// <summary>The faults switched on for the duration of a <c>using</c> block, and the files the store saw.</summary>
public sealed class WriteFaults : DbCommandInterceptor
{
    private volatile string? _failingTable;
    private volatile bool _storageDown;

    public ConcurrentQueue<string> Stored { get; } = new();

    public ConcurrentQueue<string> Removed { get; } = new();

    public bool StorageDown => _storageDown;

    public IDisposable FailInsertsInto(string table)
    {
        _failingTable = table;
        return new SwitchOff(() => _failingTable = null);
    }

    public IDisposable FailStorage()
    {
        _storageDown = true;
        return new SwitchOff(() => _storageDown = false);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    private void Check(DbCommand command)
    {
        // PostgreSQL's SQL names a lower-case table without quotes, SQLite's quotes it.
        if (_failingTable is { } table && (command.CommandText.Contains($"INSERT INTO \"{table}\"", StringComparison.Ordinal)
                                           || command.CommandText.Contains($"INSERT INTO {table} ", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"The test switched off inserts into {table}.");
        }
    }

    private sealed class SwitchOff(Action off) : IDisposable
    {
        public void Dispose() => off();
    }
}

/// <summary>The real file store, refusing to store while the test says storage is down.</summary>
internal sealed class FaultyFileStore(IFileStore inner, WriteFaults faults) : IFileStore
{
    public async Task SaveAsync(Guid tenantId, string key, Stream content, string contentType, CancellationToken cancellationToken)
    {
        if (faults.StorageDown)
        {
            throw new IOException("The test switched file storage off.");
        }

        await inner.SaveAsync(tenantId, key, content, contentType, cancellationToken);
        faults.Stored.Enqueue(key);
    }

    public Task<StoredFile?> OpenAsync(Guid tenantId, string key, CancellationToken cancellationToken) => inner.OpenAsync(tenantId, key, cancellationToken);

    public async Task DeleteAsync(Guid tenantId, string key, CancellationToken cancellationToken)
    {
        await inner.DeleteAsync(tenantId, key, cancellationToken);
        faults.Removed.Enqueue(key);
    }

    public Task CheckAsync(CancellationToken cancellationToken) => inner.CheckAsync(cancellationToken);
}
