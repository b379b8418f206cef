using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.BuildingBlocks.Notifications;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Identity.Domain;
using OpenKazan.Identity.Users;
using OpenKazan.IntegrationTests.Identity;
using OpenKazan.IntegrationTests.Infrastructure;
using OpenKazan.IntegrationTests.Operations;
using OpenKazan.Persistence;
using OpenKazan.Registry.Domain;
using OpenKazan.Requests.Notifications.Email;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Catalog;
using Serilog.Core;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.IntegrationTests.Security;

/// <summary>
/// The real application as an attacker meets it: real sign-in and session cookies (no test scheme), sessions
/// re-checked on every request, the framework's own request logs on and kept in memory, Open311 limits out of reach,
/// account and vote limits low enough to reach, a mail relay that can hold a mail, each request from its own client address unless the test names one.
/// </summary>
public class SecurityFactory(DatabaseProvider provider) : OpenKazanFactory(provider)
{
    public CapturedLog Log { get; } = new();

    public CountingPasswordHasher Hashes { get; } = new();

    public HeldMail HeldMail { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services
            .AddSingleton<ILogEventSink>(Log)
            .AddSingleton<IPasswordHasher<PlatformUser>>(Hashes)
            .AddSingleton<IEmailSender>(sp => new HoldingEmailSender(sp.GetRequiredService<PickupFolderEmailSender>(), HeldMail))
            .AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, ClientAddresses>());
    }

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() =>
    [
        new("Open311:RateLimitPermits", "100000"),
        new("Identity:SessionRecheck", "00:00:00"),
        new("Logging:LogLevel:Microsoft.AspNetCore.Hosting", "Information"),
        new("AccountLimits:FailuresPerAccountAndAddress", "3"),
        new("AccountLimits:FailuresPerAccount", "6"),
        new("AccountLimits:FailuresPerAddress", "10"),
        new("AccountLimits:FirstDelay", "00:01:00"),
        new("AccountLimits:AttemptsPerAddress", "5"),
        new("AccountLimits:MailsPerAccount", "3"),
        new("Transparency:WritePermitsPerMinute", "3"),
        new("Transparency:VotePermitsPerAddressPerMinute", "5"),
        new("Tenancy:RefuseUnknownHosts", "true"),
        new("Tenancy:ExtraHosts:0", "node-1.internal"),
    ];

    public TenantInfo City(string slug) =>
        Services.GetRequiredService<ITenantStore>().FindBySlug(slug) ?? throw new InvalidOperationException($"No city {slug}.");

    public async Task<T> InCityAsync<T>(string slug, Func<IServiceProvider, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.GetRequiredService<TenantScopeFactory>().Create(City(slug));
        return await work(scope.Services);
    }

    public Task<T> QueryAsync<T>(string slug, Func<TenantScopedDbContext, Task<T>> query) =>
        InCityAsync(slug, sp => query(sp.GetRequiredService<TenantScopedDbContext>()));

    public Task<Guid> BuildingIdAsync(string slug, string code) =>
        QueryAsync(slug, db => db.Set<Building>().Where(b => b.Code == code).Select(b => b.Id).SingleAsync());

    public Task<Guid> CategoryIdAsync(string slug, string code) =>
        QueryAsync(slug, db => db.Set<ServiceCategory>().Where(c => c.Code == code).Select(c => c.Id).SingleAsync());

    /// <summary>A new confirmed account with the given role in Kazan, so a test may change it without touching others.</summary>
    public async Task<string> NewAccountAsync(string role, string password = "Secret123")
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        await InCityAsync("kazan", async sp =>
        {
            var users = sp.GetRequiredService<UserManager<PlatformUser>>();
            var user = new PlatformUser { UserName = email, Email = email, EmailConfirmed = true, FullName = "Тимур Галиев" };
            var created = await users.CreateAsync(user, password);
            Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
            await sp.GetRequiredService<CityAccess>().GrantAsync(user.Id, City("kazan").Id, role, null, CancellationToken.None);
            return true;
        });
        return email;
    }

    /// <summary>A browser signed in to Kazan, and an HTTP client that sends that browser's cookies (for API calls).</summary>
    public async Task<(Browser Browser, HttpClient Api)> SignedInAsync(string email, string password = "Secret123")
    {
        var browser = new Browser(this);
        await browser.SignInAsync("http://kazan.localhost", email, password);
        return (browser, CreateDefaultClient(new Uri("http://kazan.localhost/"), new CookieContainerHandler(browser.Cookies)));
    }
}

public sealed class SqliteSecurityFactory() : SecurityFactory(DatabaseProvider.Sqlite);

public sealed class PostgresSecurityFactory() : SecurityFactory(DatabaseProvider.PostgreSql);

[CollectionDefinition(Name)]
public sealed class SqliteSecurityCollection : ICollectionFixture<SqliteSecurityFactory>
{
    public const string Name = "security-sqlite";
}

[CollectionDefinition(Name)]
public sealed class PostgresSecurityCollection : ICollectionFixture<PostgresSecurityFactory>
{
    public const string Name = "security-postgres";
}
