using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.WebUtilities;
using OpenKazan.IntegrationTests.Infrastructure;

namespace OpenKazan.IntegrationTests.Identity;

/// <summary>The OIDC flows end to end over HTTP, as a client and a browser would run them against the one issuer.</summary>
public abstract class OidcFlowTests(OpenKazanFactory factory)
{
    private const string WebClient = "openkazan-web";
    private const string WebRedirect = "http://localhost:5080/signin-callback";

    [Fact]
    public async Task Discovery_is_served_on_the_base_host_with_the_configured_issuer()
    {
        var discovery = await Oidc.DiscoverAsync(factory.ClientFor("localhost"));

        Assert.Equal("http://localhost/", discovery.Issuer);
        Assert.Equal("http://localhost/connect/token", discovery.TokenEndpoint);
        Assert.Contains("authorization_code", discovery.GrantTypes);
        Assert.Contains("client_credentials", discovery.GrantTypes);
        Assert.Contains("refresh_token", discovery.GrantTypes);
    }

    [Fact]
    public async Task Code_flow_with_PKCE_signs_in_on_the_city_page_and_the_token_works_only_in_that_city_and_refreshes()
    {
        var api = factory.ClientFor("localhost");
        var discovery = await Oidc.DiscoverAsync(api);
        var (verifier, challenge) = Oidc.Pkce();
        var authorize = QueryHelpers.AddQueryString(discovery.AuthorizationEndpoint, new Dictionary<string, string?>
        {
            ["client_id"] = WebClient,
            ["redirect_uri"] = WebRedirect,
            ["response_type"] = "code",
            ["scope"] = "openid profile offline_access city:kazan",
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = "S256",
            ["state"] = "s-123",
        });
        var browser = new Browser(factory);

        // The issuer sends the browser on to Kazan, which asks it to sign in on Kazan's own page.
        var toCity = await browser.GetAsync(authorize);
        Assert.Equal(HttpStatusCode.Redirect, toCity.StatusCode);
        Assert.Equal("kazan.localhost", Browser.Location(toCity)!.Host);
        var toLogin = await browser.FollowAsync(Browser.Location(toCity)!.AbsoluteUri, max: 0);
        Assert.True(Browser.IsRedirect(toLogin), $"{toLogin.StatusCode}: {await toLogin.Content.ReadAsStringAsync()}");
        var login = Browser.Location(toLogin)!;
        Assert.Equal("/account/login", login.AbsolutePath);

        var signedIn = await browser.SubmitAsync(login.AbsoluteUri, new Dictionary<string, string>
        {
            ["Email"] = "operator@kazan.demo",
            ["Password"] = "Demo123!",
            ["ReturnUrl"] = QueryHelpers.ParseQuery(login.Query)["ReturnUrl"]!,
        });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var callback = await browser.FollowAsync(Browser.Location(signedIn)!.AbsoluteUri);
        var redirect = Browser.Location(callback)!;
        Assert.StartsWith(WebRedirect, redirect.AbsoluteUri, StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(redirect.Query);
        Assert.Equal("s-123", query["state"]);

        var (tokenResponse, tokens) = await Oidc.TokenAsync(api, discovery.TokenEndpoint, new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = query["code"]!,
            ["redirect_uri"] = WebRedirect,
            ["client_id"] = WebClient,
            ["code_verifier"] = verifier,
        });
        Assert.Equal(HttpStatusCode.OK, tokenResponse.StatusCode);
        var identity = Oidc.Payload(tokens.GetProperty("id_token").GetString()!);
        Assert.Equal(CityIds.Kazan, identity.GetProperty("tenant_id").GetString());
        var access = tokens.GetProperty("access_token").GetString()!;

        Assert.Equal(HttpStatusCode.OK, (await CallPhoneSearchAsync("kazan.localhost", access)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await CallPhoneSearchAsync("grozny.localhost", access)).StatusCode);

        var (refreshResponse, refreshed) = await Oidc.TokenAsync(api, discovery.TokenEndpoint, new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = tokens.GetProperty("refresh_token").GetString()!,
            ["client_id"] = WebClient,
        });
        Assert.Equal(HttpStatusCode.OK, refreshResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await CallPhoneSearchAsync("kazan.localhost", refreshed.GetProperty("access_token").GetString()!)).StatusCode);
    }

    [Fact]
    public async Task Client_credentials_found_through_discovery_give_a_token_of_the_clients_city_only()
    {
        var api = factory.ClientFor("localhost");
        var discovery = await Oidc.DiscoverAsync(api);

        var (response, body) = await Oidc.TokenAsync(api, discovery.TokenEndpoint, new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "callcentre-kazan",
            ["client_secret"] = "callcentre-kazan-dev-secret",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var access = body.GetProperty("access_token").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await CallPhoneSearchAsync("kazan.localhost", access)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await CallPhoneSearchAsync("grozny.localhost", access)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await CallPhoneSearchAsync("localhost", access, "/t/grozny")).StatusCode);

        var (otherCity, error) = await Oidc.TokenAsync(api, discovery.TokenEndpoint, new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "callcentre-kazan",
            ["client_secret"] = "callcentre-kazan-dev-secret",
            ["scope"] = "city:grozny",
        });
        Assert.Equal(HttpStatusCode.BadRequest, otherCity.StatusCode);
        Assert.Equal("invalid_scope", error.GetProperty("error").GetString());

        var (wrongSecret, _) = await Oidc.TokenAsync(api, discovery.TokenEndpoint, new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "callcentre-kazan",
            ["client_secret"] = "guess",
        });
        Assert.Equal(HttpStatusCode.Unauthorized, wrongSecret.StatusCode);
    }

    [Fact]
    public async Task An_unknown_city_scope_is_refused_at_the_authorization_endpoint()
    {
        var (_, challenge) = Oidc.Pkce();
        var url = QueryHelpers.AddQueryString("http://localhost/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = WebClient,
            ["redirect_uri"] = WebRedirect,
            ["response_type"] = "code",
            ["scope"] = "openid city:atlantis",
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = "S256",
        });

        var response = await new Browser(factory).GetAsync(url);

        Assert.StartsWith(WebRedirect, Browser.Location(response)!.AbsoluteUri, StringComparison.Ordinal);
        Assert.Contains("error=invalid_scope", Browser.Location(response)!.Query, StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> CallPhoneSearchAsync(string host, string accessToken, string prefix = "")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"{prefix}/api/identity/accounts/by-phone?phone=89991234567", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return factory.ClientFor(host).SendAsync(request);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteOidcFlowTests(SqliteFactory factory) : OidcFlowTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresOidcFlowTests(PostgresFactory factory) : OidcFlowTests(factory);
