using Npgsql;

namespace OpenKazan.Benchmarks.Infrastructure;

/// <summary>A fresh PostgreSQL database on the server <c>run.sh</c> started, dropped when the harness ends.</summary>
public sealed class BenchmarkDatabase : IAsyncDisposable
{
    private readonly string _adminConnectionString;
    private readonly bool _keep;

    private BenchmarkDatabase(string adminConnectionString, string name, bool keep = false)
    {
        _adminConnectionString = adminConnectionString;
        _keep = keep;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name, CommandTimeout = 600 }.ConnectionString;
    }

    public string Name { get; }

    /// <summary>False when a named database from an earlier run was opened: its data is already there.</summary>
    public bool IsNew { get; private init; } = true;

    public string ConnectionString { get; }

    public static async Task<BenchmarkDatabase> CreateAsync(string purpose)
    {
        var admin = Admin();
        var database = new BenchmarkDatabase(admin, $"openkazan_bench_{purpose}_{Guid.NewGuid():N}"[..40]);
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Name}\"", connection);
        await create.ExecuteNonQueryAsync();
        return database;
    }

    /// <summary>
    /// A database of this name kept after the run, so a later run against the same server reuses what was generated
    /// into it (a lower-case name of letters, digits and underscores).
    /// </summary>
    public static async Task<BenchmarkDatabase> OpenOrCreateAsync(string name)
    {
        if (name.Length is 0 or > 60 || !name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
        {
            throw new ArgumentException("A database name takes lower-case letters, digits and underscores.", nameof(name));
        }

        var admin = Admin();
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", name);
        var isNew = (long)(await exists.ExecuteScalarAsync())! == 0;
        if (isNew)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new BenchmarkDatabase(admin, name, keep: true) { IsNew = isNew };
    }

    private static string Admin() => Environment.GetEnvironmentVariable("OPENKAZAN_TEST_POSTGRES")
        ?? throw new InvalidOperationException("OPENKAZAN_TEST_POSTGRES is not set: start the harness with tests/OpenKazan.Benchmarks/run.sh.");

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_keep)
        {
            return;
        }

        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
