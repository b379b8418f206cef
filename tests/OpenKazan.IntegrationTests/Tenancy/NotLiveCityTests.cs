using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.IntegrationTests.Identity;
using OpenKazan.IntegrationTests.Infrastructure;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.IntegrationTests.Tenancy;

/// <summary>
/// A city being onboarded or suspended is not public: visitors and residents get its branded page and no way to
/// register or file; its staff sign in and work (training before go-live).
/// </summary>
public abstract class NotLiveCityTests(OpenKazanFactory factory)
{
    private const string City = "http://innopolis.localhost";

    [Theory]
    [InlineData(TenantStatus.Onboarding, "Скоро открытие")]
    [InlineData(TenantStatus.Suspended, "Технические работы")]
    public async Task Visitors_get_the_citys_page_and_cannot_register_or_file(TenantStatus status, string title)
    {
        await WithStatusAsync(status, async () =>
        {
            var visitor = new Browser(factory);
            foreach (var path in new[] { "/", "/my/requests/new", "/account/register", "/open-requests", "/status?number=INN-2026-000001" })
            {
                var page = await visitor.GetAsync(City + path);
                Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
                var html = await page.Content.ReadAsStringAsync();
                Assert.Contains($"<h1>{title}</h1>", html, StringComparison.Ordinal);
                Assert.Contains("data-city=\"innopolis\"", html, StringComparison.Ordinal);
            }

            Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(City + "/account/login")).StatusCode);
            var filing = await factory.ClientFor("innopolis.localhost").PostAsJsonAsync(new Uri("/open311/v2/requests.json", UriKind.Relative), new { });
            Assert.Equal(HttpStatusCode.ServiceUnavailable, filing.StatusCode);
            Assert.Equal("application/problem+json", filing.Content.Headers.ContentType?.MediaType);
        });
    }

    [Theory]
    [InlineData(TenantStatus.Onboarding)]
    [InlineData(TenantStatus.Suspended)]
    public async Task Staff_work_in_it_and_residents_do_not(TenantStatus status)
    {
        await WithStatusAsync(status, async () =>
        {
            var dispatcher = new Browser(factory);
            await dispatcher.SignInAsync(City, "dispatcher@innopolis.demo");
            Assert.Equal(HttpStatusCode.OK, (await dispatcher.GetAsync(City + "/dispatch")).StatusCode);

            var resident = new Browser(factory);
            await resident.SignInAsync(City, "resident@innopolis.demo");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await resident.GetAsync(City + "/my/requests/new")).StatusCode);
        });
    }

    private async Task WithStatusAsync(TenantStatus status, Func<Task> check)
    {
        var city = factory.Services.GetRequiredService<ITenantStore>().FindBySlug("innopolis")!;
        await SetStatusAsync(city.Id, status);
        try
        {
            await check();
        }
        finally
        {
            await SetStatusAsync(city.Id, TenantStatus.Active);
        }
    }

    private async Task SetStatusAsync(Guid id, TenantStatus status)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TenantCatalog>().SetStatusAsync(id, status, CancellationToken.None);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteNotLiveCityTests(SqliteFactory factory) : NotLiveCityTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresNotLiveCityTests(PostgresFactory factory) : NotLiveCityTests(factory);
