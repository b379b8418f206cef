using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Npgsql;

namespace OpenKazan.Benchmarks.Infrastructure;

/// <summary>
/// Kazan filled with N generated requests on a durable PostgreSQL database, and the product as shipped on top of it:
/// what the city-scale harnesses (<c>reads</c>, <c>queue</c>) share, so both can run on one generated database.
/// </summary>
public static class GeneratedCity
{
    /// <summary>
    /// The product as shipped (Production, its own logging levels, token certificates of its own), with the
    /// per-client limiters opened: one load generator on one address stands for a whole city of visitors.
    /// </summary>
    public static HostRun Production { get; } = new("Production", new Dictionary<string, string>
    {
        ["RateLimiting__PermitsPerWindow"] = "1000000000",
        ["Transparency__PublicPermitsPerMinute"] = "1000000000",
        ["Open311__RateLimitPermits"] = "1000000000",
        ["Identity__SigningCertificate__Base64"] = SelfSigned(X509KeyUsageFlags.DigitalSignature),
        ["Identity__EncryptionCertificate__Base64"] = SelfSigned(X509KeyUsageFlags.KeyEncipherment),
    });

    /// <summary>The named database (kept and reused) or a new throwaway one, durable, with Kazan's N requests in it.</summary>
    public static async Task<BenchmarkDatabase> OpenAsync(string? name, string purpose, int count, CancellationToken ct)
    {
        var database = name is not null ? await BenchmarkDatabase.OpenOrCreateAsync(name) : await BenchmarkDatabase.CreateAsync(purpose);
        await MakeDurableAsync(database.ConnectionString, ct);
        if (database.IsNew)
        {
            await GenerateAsync(database.ConnectionString, count, ct);
        }
        else
        {
            Console.WriteLine($"reusing the requests generated earlier in {database.Name}");
        }

        return database;
    }

    public static async Task<long> CountAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM requests r JOIN catalog_tenants t ON t.\"Id\" = r.\"TenantId\" WHERE t.\"Slug\" = 'kazan'", connection);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

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
}
