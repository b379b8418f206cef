using System.Net;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Identity.Domain;
using OpenKazan.Identity.Contracts;
using OpenKazan.IntegrationTests.Operations;

namespace OpenKazan.IntegrationTests.Security;

/// <summary>
/// Sessions that follow the account (a reset or a revoked role takes effect on the next request), API writes that
/// a foreign page cannot forge with the session cookie, protective headers on every kind of answer, and request
/// logs without codes, tokens, keys, phones or e-mails.
/// </summary>
public abstract class SessionAndOriginTests(SecurityFactory factory)
{
    [Fact]
    public async Task A_password_change_elsewhere_ends_the_session_and_a_revoked_role_is_gone_on_the_next_request()
    {
        var email = await factory.NewAccountAsync(Roles.Operator);
        var (_, api) = await factory.SignedInAsync(email);
        var byPhone = new Uri("/api/identity/accounts/by-phone?phone=89174449876", UriKind.Relative);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(byPhone)).StatusCode);

        await factory.InCityAsync("kazan", async sp =>
        {
            var roleId = (await sp.GetRequiredService<IStaffAdministration>().ListAsync(null, CancellationToken.None)).Single(m => m.Email == email).RoleId;
            return await sp.GetRequiredService<IStaffAdministration>().RevokeAsync(roleId, null, CancellationToken.None);
        });
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync(byPhone)).StatusCode);

        var (_, second) = await factory.SignedInAsync(email);
        await factory.InCityAsync("kazan", async sp =>
        {
            var users = sp.GetRequiredService<UserManager<PlatformUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            var token = await users.GeneratePasswordResetTokenAsync(user);
            return (await users.ResetPasswordAsync(user, token, "Changed123")).Succeeded;
        });
        Assert.Equal(HttpStatusCode.Unauthorized, (await second.GetAsync(new Uri("/api/requests", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_cookie_authenticated_api_write_from_another_site_is_refused_and_the_same_write_from_the_city_page_is_not()
    {
        var (_, api) = await factory.SignedInAsync(await factory.NewAccountAsync(Roles.Resident));
        var notification = new Uri($"/api/notifications/{Guid.NewGuid()}/read", UriKind.Relative);
        (string Header, string Value, bool Refused)[] origins =
        [
            ("Sec-Fetch-Site", "cross-site", true),
            ("Sec-Fetch-Site", "same-site", true),
            ("Origin", "http://evil.example", true),
            ("Origin", "null", true),
            ("Origin", "http://grozny.localhost", true),
            ("Sec-Fetch-Site", "same-origin", false),
            ("Origin", "http://kazan.localhost", false),
        ];

        foreach (var (header, value, refused) in origins)
        {
            foreach (var body in new HttpContent?[] { null, new StringContent("{}", Encoding.UTF8, "application/json") })
            {
                using var message = new HttpRequestMessage(HttpMethod.Post, notification) { Content = body };
                message.Headers.Add(header, value);
                var response = await api.SendAsync(message);
                Assert.True(refused == (response.StatusCode == HttpStatusCode.Forbidden), $"{header}: {value} gave {(int)response.StatusCode}");
                if (refused)
                {
                    Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                }
            }
        }

        // Without a session there is no ambient credential to borrow: the check does not apply.
        using var anonymous = new HttpRequestMessage(HttpMethod.Post, notification);
        anonymous.Headers.Add("Sec-Fetch-Site", "cross-site");
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.ClientFor("kazan.localhost").SendAsync(anonymous)).StatusCode);
    }

    [Fact]
    public async Task Every_kind_of_answer_carries_the_protective_headers_and_pages_allow_only_the_city_tile_host()
    {
        var client = factory.ClientFor("kazan.localhost");
        string[] paths =
        [
            "/", "/open-requests", "/account/login", "/dispatch", "/api/registry/districts", "/api/requests",
            "/api/nowhere", "/open311/v2/services.xml", "/open311/v2/requests.json?start_date=bad", "/css/site.css",
            "/lib/leaflet/leaflet.js", "/health/live", "/api/requests?status=%00", "/no-such-page",
        ];
        foreach (var path in paths)
        {
            var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
            Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
            Assert.False(response.Headers.Contains("Server"), path);
            Assert.Contains(path == "/dispatch" ? "frame-ancestors 'none'" : "frame-ancestors", csp, StringComparison.Ordinal);
        }

        var page = await client.GetAsync(new Uri("/open-requests", UriKind.Relative));
        var policy = string.Join(' ', page.Headers.GetValues("Content-Security-Policy"));
        var tiles = SecurityHeadersTile(factory.City("kazan").Branding.MapTileUrl);
        Assert.Contains($"img-src 'self' data: blob: {tiles};", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("https:;", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_journey_with_codes_tokens_keys_phones_and_emails_in_its_links_leaves_none_of_them_in_the_log()
    {
        const string Secret = "S3cr3tVa1ue";
        var client = factory.ClientFor("kazan.localhost");
        string[] links =
        [
            $"/account/confirm-email?userId={Guid.NewGuid()}&code={Secret}1",
            $"/account/reset-password?userId={Guid.NewGuid()}&code={Secret}2",
            $"/open311/v2/requests.json?api_key={Secret}3&service_code=roof.icicles",
            $"/api/identity/accounts/by-phone?phone=8917{Secret}4",
            $"/account/login?email={Secret}5%40example.org&returnUrl=%2F",
            $"/connect/authorize?client_id=x&id_token_hint={Secret}6&access_token={Secret}7",
            $"/status?number=KZN-1&token={Secret}8",
        ];
        foreach (var link in links)
        {
            await client.GetAsync(new Uri(link, UriKind.Relative));
        }

        var (_, api) = await factory.SignedInAsync(await factory.NewAccountAsync(Roles.Resident));
        await api.GetAsync(new Uri($"/api/requests?email={Secret}9", UriKind.Relative));

        var text = string.Join('\n', factory.Log.Events.Select(CapturedLog.Text));
        Assert.Contains("/account/confirm-email", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
    }

    private static string SecurityHeadersTile(string template) => Host.Security.SecurityHeadersMiddleware.TileSource(template)!;
}

[Collection(SqliteSecurityCollection.Name)]
public sealed class SqliteSessionAndOriginTests(SqliteSecurityFactory factory) : SessionAndOriginTests(factory);

[Collection(PostgresSecurityCollection.Name)]
public sealed class PostgresSessionAndOriginTests(PostgresSecurityFactory factory) : SessionAndOriginTests(factory);
