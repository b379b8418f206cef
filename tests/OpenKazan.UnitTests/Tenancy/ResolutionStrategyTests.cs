using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Resolution;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.UnitTests.Tenancy;

public sealed class ResolutionStrategyTests
{
    private readonly Cities.FixedStore _store = new(Cities.Kazan, Cities.Grozny);

    private HostStrategy Host(string baseDomain = "localhost") =>
        new(_store, Options.Create(new TenancyOptions { BaseDomain = baseDomain }));

    private static HttpRequest Request(string host, string path = "/")
    {
        var context = new DefaultHttpContext();
        context.Request.Host = new HostString(host);
        context.Request.Path = path;
        return context.Request;
    }

    [Theory]
    [InlineData("kazan.localhost:5080", "kazan")]
    [InlineData("KAZAN.localhost", "kazan")]
    [InlineData("grozny.localhost", "grozny")]
    [InlineData("okazan.example.org", "kazan")]
    public void A_city_host_resolves_to_its_city(string host, string slug)
    {
        var found = Assert.IsType<TenantResolution.Found>(Host().Resolve(Request(host)));

        Assert.Equal(slug, found.Tenant.Slug);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("localhost:5080")]
    [InlineData("127.0.0.1:5080")]
    public void The_base_host_has_no_city(string host)
    {
        Assert.Null(Host().Resolve(Request(host)));
    }

    [Theory]
    [InlineData("nosuchcity.localhost", "nosuchcity")]
    [InlineData("evil.example.com", "evil.example.com")]
    public void An_unknown_host_is_an_unknown_city(string host, string name)
    {
        var unknown = Assert.IsType<TenantResolution.Unknown>(Host().Resolve(Request(host)));

        Assert.Equal(name, unknown.Name);
    }

    [Fact]
    public void A_subdomain_of_another_base_domain_is_not_a_city()
    {
        Assert.IsType<TenantResolution.Unknown>(Host("openkazan.example").Resolve(Request("kazan.localhost")));
        Assert.IsType<TenantResolution.Found>(Host("openkazan.example").Resolve(Request("kazan.openkazan.example")));
    }

    [Theory]
    [InlineData("/t/kazan", "kazan", "/t/kazan", "")]
    [InlineData("/t/kazan/", "kazan", "/t/kazan", "/")]
    [InlineData("/t/Grozny/api/registry/districts", "grozny", "/t/grozny", "/api/registry/districts")]
    public void A_path_prefix_resolves_and_moves_the_prefix_into_the_path_base(string path, string slug, string pathBase, string rest)
    {
        var found = Assert.IsType<TenantResolution.Found>(new PathPrefixStrategy(_store).Resolve(Request("localhost", path)));

        Assert.Equal(slug, found.Tenant.Slug);
        Assert.Equal(pathBase, found.PathBase.Value);
        Assert.Equal(rest, found.RemainingPath.Value ?? string.Empty);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/tenants/kazan")]
    [InlineData("/t/")]
    public void Other_paths_have_no_city(string path)
    {
        Assert.Null(new PathPrefixStrategy(_store).Resolve(Request("localhost", path)));
    }

    [Fact]
    public void An_unknown_slug_in_the_path_is_an_unknown_city()
    {
        Assert.IsType<TenantResolution.Unknown>(new PathPrefixStrategy(_store).Resolve(Request("localhost", "/t/atlantis/")));
    }

    [Fact]
    public void Query_strings_and_headers_never_pick_a_city()
    {
        var request = Request("localhost", "/api/registry/districts");
        request.QueryString = new QueryString("?tenant=kazan&city=kazan");
        request.Headers["X-Tenant"] = "kazan";

        Assert.Null(Host().Resolve(request));
        Assert.Null(new PathPrefixStrategy(_store).Resolve(request));
    }
}
