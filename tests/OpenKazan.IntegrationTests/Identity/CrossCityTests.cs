using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Identity.Domain;
using OpenKazan.Identity.Persistence;
using OpenKazan.IntegrationTests.Infrastructure;

namespace OpenKazan.IntegrationTests.Identity;

/// <summary>One account for every city, but a session of one city is worth nothing in another.</summary>
public abstract class CrossCityTests(OpenKazanFactory factory)
{
    [Fact]
    public async Task A_resident_who_signed_up_in_Kazan_signs_in_to_Grozny_and_becomes_its_resident()
    {
        var email = $"resident-{Guid.NewGuid():N}@example.org";
        var browser = new Browser(factory);
        var signUp = await browser.SubmitAsync("http://kazan.localhost/account/register", new Dictionary<string, string>
        {
            ["Email"] = email, ["FullName"] = "Алия Сафина", ["Phone"] = "+7 (987) 555-12-34",
            ["Password"] = "Secret123", ["ConfirmPassword"] = "Secret123",
        });
        Assert.Equal(HttpStatusCode.Redirect, signUp.StatusCode);

        // Not confirmed yet: a password sign-in is refused (the sign-up's own session is Kazan's alone).
        var early = await browser.SubmitAsync("http://grozny.localhost/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = "Secret123" });
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);

        var link = await SentMail.LinkAsync(factory.MailFolder, email, SentMail.ConfirmationLink());
        Assert.StartsWith("http://kazan.localhost/account/confirm-email", link, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync(link)).StatusCode);

        await browser.SignInAsync("http://grozny.localhost", email, "Secret123");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("http://grozny.localhost/account/profile")).StatusCode);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        Assert.Equal("79875551234", user.PhoneDigits);
        var cities = await db.Memberships.Where(m => m.UserId == user.Id).Select(m => m.TenantId).ToListAsync();
        Assert.Equal([CityIds.Grozny, CityIds.Kazan], cities.Select(c => c.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Cities_under_path_prefixes_keep_separate_cookies_and_a_copied_cookie_is_refused()
    {
        var browser = new Browser(factory);
        await browser.SignInAsync("http://localhost/t/kazan", "admin@kazan.demo");

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("http://localhost/t/kazan/staff")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("http://localhost/t/kazan/api/identity/staff")).StatusCode);

        // Grozny does not even receive Kazan's cookie: the browser is anonymous there.
        var grozny = await browser.GetAsync("http://localhost/t/grozny/staff");
        Assert.Equal(HttpStatusCode.Redirect, grozny.StatusCode);
        Assert.Equal("/t/grozny/account/login", Browser.Location(grozny)!.AbsolutePath);

        // A Kazan cookie replayed under Grozny's name and path is authenticated but refused.
        var kazanCookie = browser.Cookies.GetCookies(new Uri("http://localhost/t/kazan/")).Single(c => c.Name.StartsWith(".OpenKazan.Session", StringComparison.Ordinal));
        var groznyName = $".OpenKazan.Session.{Guid.Parse(CityIds.Grozny):N}";
        browser.Cookies.Add(new Uri("http://localhost/t/grozny/"), new Cookie(groznyName, kazanCookie.Value, "/t/grozny"));
        var page = await browser.GetAsync("http://localhost/t/grozny/staff");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/t/grozny/account/access-denied", Browser.Location(page)!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("http://localhost/t/grozny/api/identity/staff")).StatusCode);
    }

    [Fact]
    public async Task A_Kazan_operator_is_refused_on_Grozny_staff_pages_and_API()
    {
        var browser = new Browser(factory);
        await browser.SignInAsync("http://kazan.localhost", "operator@kazan.demo");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("http://kazan.localhost/api/identity/accounts/by-phone?phone=12345")).StatusCode);

        var cookie = browser.Cookies.GetCookies(new Uri("http://kazan.localhost/")).Single(c => c.Name.StartsWith(".OpenKazan.Session", StringComparison.Ordinal));
        browser.Cookies.Add(new Uri("http://grozny.localhost/"), new Cookie($".OpenKazan.Session.{Guid.Parse(CityIds.Grozny):N}", cookie.Value, "/"));

        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("http://grozny.localhost/api/identity/accounts/by-phone?phone=12345")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("http://grozny.localhost/api/identity/staff")).StatusCode);
        Assert.Equal("/account/access-denied", Browser.Location(await browser.GetAsync("http://grozny.localhost/staff"))!.AbsolutePath);
    }

    [Fact]
    public async Task A_tenant_admin_invites_an_executor_of_a_real_organisation_who_sets_a_password_and_signs_in()
    {
        var browser = new Browser(factory);
        await browser.SignInAsync("http://kazan.localhost", "admin@kazan.demo");
        var email = $"executor-{Guid.NewGuid():N}@example.org";

        var invalid = await browser.SubmitAsync("http://kazan.localhost/staff", new Dictionary<string, string>
        {
            ["Email"] = email, ["Role"] = Roles.Executor, ["OrganisationCode"] = "uk-akhmatovsky",
        });
        Assert.Contains("organisation", await invalid.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

        var invited = await browser.SubmitAsync("http://kazan.localhost/staff", new Dictionary<string, string>
        {
            ["Email"] = email, ["FullName"] = "Иван Петров", ["Role"] = Roles.Executor, ["OrganisationCode"] = "uk-aviator",
        });
        Assert.Contains(email, await invited.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var link = await SentMail.LinkAsync(factory.MailFolder, email, SentMail.ResetLink());
        var invitee = new Browser(factory);
        var reset = await invitee.SubmitAsync(link, new Dictionary<string, string> { ["Password"] = "Worker123", ["ConfirmPassword"] = "Worker123" });
        Assert.Contains("/account/login", await reset.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await invitee.SignInAsync("http://kazan.localhost", email, "Worker123");

        await using var scope = factory.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>().FindByEmailAsync(email);
        var roles = await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Set<CityRole>()
            .Where(r => scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Memberships.Any(m => m.Id == r.MembershipId && m.UserId == user!.Id))
            .Select(r => r.Role).ToListAsync();
        Assert.Equal([Roles.Executor], roles);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteCrossCityTests(SqliteFactory factory) : CrossCityTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresCrossCityTests(PostgresFactory factory) : CrossCityTests(factory);
