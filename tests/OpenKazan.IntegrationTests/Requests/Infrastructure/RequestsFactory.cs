using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.IntegrationTests.Infrastructure;
using OpenKazan.Persistence;
using OpenKazan.Registry.Domain;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.IntegrationTests.Requests.Infrastructure;

/// <summary>
/// The real application with header sign-in and a fake clock (a Monday, 10:00 in Kazan). Time only moves forward,
/// so tests sharing the fixture never see the clock go back.
/// </summary>
public class RequestsFactory(DatabaseProvider provider) : OpenKazanFactory(provider)
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 30, 7, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Email:PickupFolder", Path.Combine(Path.GetTempPath(), $"openkazan-mail-{Guid.NewGuid():N}"));
        builder.ConfigureTestServices(services =>
        {
            // The jobs' logic is run directly by the tests: a scheduler racing them would only add lock waits.
            foreach (var quartz in services.Where(d => d.ServiceType == typeof(IHostedService)
                         && (d.ImplementationType ?? d.ImplementationFactory?.Method.ReturnType)?.Namespace?.StartsWith("Quartz", StringComparison.Ordinal) == true).ToList())
            {
                services.Remove(quartz);
            }

            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddAuthentication(o =>
                {
                    o.DefaultScheme = HeaderAuthenticationHandler.SchemeName;
                    o.DefaultAuthenticateScheme = HeaderAuthenticationHandler.SchemeName;
                    o.DefaultChallengeScheme = HeaderAuthenticationHandler.SchemeName;
                    o.DefaultForbidScheme = HeaderAuthenticationHandler.SchemeName;
                })
                .AddScheme<AuthenticationSchemeOptions, HeaderAuthenticationHandler>(HeaderAuthenticationHandler.SchemeName, null);
            services.AddHttpContextAccessor();
            services.TryAddScoped<ICurrentUser, ClaimsCurrentUser>();
        });
    }

    public TenantInfo City(string slug) =>
        Services.GetRequiredService<ITenantStore>().FindBySlug(slug) ?? throw new InvalidOperationException($"No city {slug}.");

    /// <summary>Runs work with a city's scope, as a background job would.</summary>
    public async Task<T> InCityAsync<T>(string slug, Func<IServiceProvider, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.GetRequiredService<TenantScopeFactory>().Create(City(slug));
        return await work(scope.Services);
    }

    public Task<T> QueryAsync<T>(string slug, Func<TenantScopedDbContext, Task<T>> query) =>
        InCityAsync(slug, sp => query(sp.GetRequiredService<TenantScopedDbContext>()));

    public Task<Guid> OrganisationIdAsync(string slug, string code) =>
        QueryAsync(slug, db => db.Set<Organisation>().Where(o => o.Code == code).Select(o => o.Id).SingleAsync());

    public Task<Guid> BuildingIdAsync(string slug, string code) =>
        QueryAsync(slug, db => db.Set<Building>().Where(b => b.Code == code).Select(b => b.Id).SingleAsync());

    public Task<Guid> CategoryIdAsync(string slug, string code) =>
        QueryAsync(slug, db => db.Set<ServiceCategory>().Where(c => c.Code == code).Select(c => c.Id).SingleAsync());

    /// <summary>A client of the city's host signed in as the given person.</summary>
    public HttpClient ClientAs(TestPerson person, string slug = "kazan")
    {
        ArgumentNullException.ThrowIfNull(person);
        var client = ClientFor($"{slug}.localhost");
        person.Apply(client);
        return client;
    }
}

public sealed class SqliteRequestsFactory() : RequestsFactory(DatabaseProvider.Sqlite);

public sealed class PostgresRequestsFactory() : RequestsFactory(DatabaseProvider.PostgreSql);

[CollectionDefinition(Name)]
public sealed class SqliteRequestsCollection : ICollectionFixture<SqliteRequestsFactory>
{
    public const string Name = "requests-sqlite";
}

[CollectionDefinition(Name)]
public sealed class PostgresRequestsCollection : ICollectionFixture<PostgresRequestsFactory>
{
    public const string Name = "requests-postgres";
}
