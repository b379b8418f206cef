using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using OpenKazan.Identity.Mail;
using OpenKazan.Identity.Persistence;
using OpenKazan.Persistence;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.IntegrationTests.Infrastructure;

/// <summary>
/// The real application over real HTTP handlers, on a fresh database of the given engine, seeded with the
/// demo cities from tenants/ exactly as on a first run.
/// </summary>
public class OpenKazanFactory(DatabaseProvider provider) : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>All suites' requests come from one address; the account limits have their own tests (Security).</summary>
    private static readonly KeyValuePair<string, string?>[] SharedAddressLimits =
    [
        new("AccountLimits:FailuresPerAddress", "1000000"),
        new("AccountLimits:AttemptsPerAddress", "1000000"),
        new("AccountLimits:MailsPerAccount", "1000000"),
    ];

    private readonly string _files = Path.Combine(Path.GetTempPath(), $"openkazan-files-{Guid.NewGuid():N}");
    private readonly string _mail = Path.Combine(Path.GetTempPath(), $"openkazan-mail-{Guid.NewGuid():N}");
    private TestDatabase? _database;
    private OwnCities? _ownCities;

    public DatabaseProvider Provider { get; } = provider;

    /// <summary>
    /// The test class's own city (a copy of Kazan): for a class that reads city-wide figures, which another class of
    /// the collection would otherwise change.
    /// </summary>
    public Task<TenantInfo> OwnCityAsync(Type testClass) =>
        (_ownCities ?? throw new InvalidOperationException("The fixture is not initialised.")).ForAsync(testClass);

    /// <summary>The pickup folder the application writes its e-mails to.</summary>
    public string MailFolder => _mail;

    /// <summary>Waits until the account mails queued so far are in the pickup folder (a job sends them off the request path).</summary>
    public Task AccountMailsSentAsync() =>
        Eventually.UntilAsync(() => AccountMailsWaitingAsync(), waiting => waiting == 0, TimeSpan.FromSeconds(30), "the queued account mails to be sent");

    /// <summary>Account mails in the outbox that are still to be handed over (a handed-over mail leaves it).</summary>
    public async Task<int> AccountMailsWaitingAsync(string? to = null)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Set<AccountMail>()
            .CountAsync(m => m.Attempts < AccountMailDelivery.RetryDelays.Length && (to == null || m.Recipient == to));
    }

    public TestDatabase Database => _database ?? throw new InvalidOperationException("The fixture is not initialised.");

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(Provider);
        StartServer();
        _ownCities = new OwnCities(Services);
    }

    /// <summary>A client whose requests go to the given host (a city's subdomain or the base host).</summary>
    public HttpClient ClientFor(string host)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri($"http://{host}") });
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:OpenKazan", Database.ConnectionString);
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("Database:MigrateOnStart", "true");
        builder.UseSetting("Seed:TenantsFolder", TestEnvironment.TenantsFolder);

        // Every suite makes the requests it reads; the generated demo history has its own tests (Analytics).
        builder.UseSetting("Seed:DemoRequests", "0");
        builder.UseSetting("FileStorage:LocalFolder", _files);
        builder.UseSetting("Email:PickupFolder", _mail);
        builder.UseSetting("Identity:AccountMailInterval", "00:00:00.500");

        // Suites share one client address per city; the limiter has its own tests (Operations).
        builder.UseSetting("RateLimiting:PermitsPerWindow", "1000000");

        // The test server answers on http://localhost (port 80): that is the issuer of its tokens.
        builder.UseSetting("Identity:Issuer", "http://localhost/");
        // Suites read their own writes at once; the public output cache has its own tests (Transparency).
        builder.ConfigureAppConfiguration(c => c
            .AddInMemoryCollection([new("OutputCache:PageSeconds", "0"), new("OutputCache:ExportSeconds", "0"), new("OutputCache:RequestSeconds", "0"), new("OutputCache:RatingsSeconds", "0")])
            .AddInMemoryCollection(SharedAddressLimits)
            .AddInMemoryCollection(ExtraSettings()));
    }

    protected virtual IEnumerable<KeyValuePair<string, string?>> ExtraSettings() => [];

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        foreach (var folder in new[] { _files, _mail }.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

public sealed class SqliteFactory() : OpenKazanFactory(DatabaseProvider.Sqlite);

public sealed class PostgresFactory() : OpenKazanFactory(DatabaseProvider.PostgreSql);

[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteFactory>
{
    public const string Name = "sqlite";
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFactory>
{
    public const string Name = "postgres";
}
