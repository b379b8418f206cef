using Npgsql;

namespace OpenKazan.Benchmarks.Infrastructure;

/// <summary>A fresh PostgreSQL database on the server <c>run.sh</c> started, dropped when the harness ends.</summary>
public sealed class BenchmarkDatabase : IAsyncDisposable
{
    private readonly string _adminConnectionString;

    private BenchmarkDatabase(string adminConnectionString, string name)
    {
        _adminConnectionString = adminConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<BenchmarkDatabase> CreateAsync(string purpose)
    {
        var admin = Environment.GetEnvironmentVariable("OPENKAZAN_TEST_POSTGRES")
            ?? throw new InvalidOperationException("OPENKAZAN_TEST_POSTGRES is not set: start the harness with tests/OpenKazan.Benchmarks/run.sh.");
        var database = new BenchmarkDatabase(admin, $"openkazan_bench_{purpose}_{Guid.NewGuid():N}"[..40]);
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Name}\"", connection);
        await create.ExecuteNonQueryAsync();
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
