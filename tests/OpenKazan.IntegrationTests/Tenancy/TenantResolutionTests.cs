using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.IntegrationTests.Infrastructure;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.IntegrationTests.Tenancy;

/// <summary>Cities are told apart by host or path prefix, each with its own name and branding; unknown and suspended cities are handled kindly.</summary>
public abstract class TenantResolutionTests(OpenKazanFactory factory)
{
    [Theory]
    [InlineData("kazan.localhost", "Казань", "kazan")]
    [InlineData("grozny.localhost", "Грозный", "grozny")]
    [InlineData("innopolis.localhost", "Иннополис", "innopolis")]
    public async Task Each_city_renders_its_own_home_page(string host, string name, string slug)
    {
        var response = await factory.ClientFor(host).GetAsync(new Uri("/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<h1>{name}</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"data-city=\"{slug}\"", html, StringComparison.Ordinal);
        var primary = factory.Services.GetRequiredService<ITenantStore>().FindBySlug(slug)!.Branding.PrimaryColor;
        Assert.Contains($"--primary: {primary}", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_three_cities_have_different_branding()
    {
        // Only the demo cities: other suites in the collection create cities with the default colours.
        var store = factory.Services.GetRequiredService<ITenantStore>();
        var colours = new[] { "kazan", "grozny", "innopolis" }.Select(slug => store.FindBySlug(slug)!.Branding.PrimaryColor).ToList();

        Assert.Equal(3, colours.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public async Task A_path_prefix_selects_the_city_on_the_base_host()
    {
        var html = await factory.ClientFor("localhost").GetStringAsync(new Uri("/t/kazan/", UriKind.Relative));

        Assert.Contains("data-city=\"kazan\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/t/kazan/css/site", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_base_host_lists_every_city_with_its_status_in_words()
    {
        var html = await factory.ClientFor("localhost").GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("data-city=\"central\"", html, StringComparison.Ordinal);
        Assert.Contains("/t/grozny/", html, StringComparison.Ordinal);
        Assert.Contains("<td>Работает</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Active<", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nosuchcity.localhost", "/")]
    [InlineData("localhost", "/t/nosuchcity/")]
    public async Task An_unknown_city_gets_a_friendly_404_page(string host, string path)
    {
        var response = await factory.ClientFor(host).GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("nosuchcity", html, StringComparison.Ordinal);
        Assert.Contains("<h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_city_gets_problem_json_from_the_api()
    {
        var response = await factory.ClientFor("nosuchcity.localhost").GetAsync(new Uri("/api/registry/districts", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_suspended_city_shows_the_maintenance_page_and_comes_back_when_reactivated()
    {
        var innopolis = factory.Services.GetRequiredService<ITenantStore>().FindBySlug("innopolis")!;
        var client = factory.ClientFor("innopolis.localhost");
        await SetStatusAsync(innopolis.Id, TenantStatus.Suspended);
        try
        {
            var page = await client.GetAsync(new Uri("/", UriKind.Relative));
            var api = await client.GetAsync(new Uri("/api/registry/districts", UriKind.Relative));

            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.Contains("data-city=\"innopolis\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        }
        finally
        {
            await SetStatusAsync(innopolis.Id, TenantStatus.Active);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_custom_host_name_selects_its_city()
    {
        var html = await factory.ClientFor("innopolis.example.org").GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("data-city=\"innopolis\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task City_api_endpoints_do_not_exist_in_the_central_area()
    {
        var response = await factory.ClientFor("localhost").GetAsync(new Uri("/api/registry/districts", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_registry_api_returns_only_the_city_of_the_host()
    {
        var kazan = await factory.ClientFor("kazan.localhost")
            .GetFromJsonAsync<List<DistrictDto>>(new Uri("/api/registry/districts", UriKind.Relative));
        var grozny = await factory.ClientFor("grozny.localhost")
            .GetFromJsonAsync<List<DistrictDto>>(new Uri("/api/registry/districts", UriKind.Relative));

        Assert.Equal(7, kazan!.Count);
        Assert.Equal(4, grozny!.Count);
        Assert.Empty(kazan.Select(d => d.Id).Intersect(grozny.Select(d => d.Id)));
    }

    [Fact]
    public async Task Address_search_suggests_buildings_of_the_city()
    {
        var client = factory.ClientFor("kazan.localhost");
        var buildings = await client.GetFromJsonAsync<List<BuildingDto>>(new Uri("/api/registry/buildings?q=%D0%91%D0%B0%D1%83%D0%BC&limit=5", UriKind.Relative));
        var tooShort = await client.GetAsync(new Uri("/api/registry/buildings?q=a", UriKind.Relative));

        Assert.Equal(5, buildings!.Count);
        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        Assert.Equal("application/problem+json", tooShort.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer(string path)
    {
        var response = await factory.ClientFor("localhost").GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task SetStatusAsync(Guid id, TenantStatus status)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TenantCatalog>().SetStatusAsync(id, status, CancellationToken.None);
    }

    private sealed record DistrictDto(Guid Id, string Code, string Name);

    private sealed record BuildingDto(Guid Id, string Code, string Address);
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteTenantResolutionTests(SqliteFactory factory) : TenantResolutionTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresTenantResolutionTests(PostgresFactory factory) : TenantResolutionTests(factory);
