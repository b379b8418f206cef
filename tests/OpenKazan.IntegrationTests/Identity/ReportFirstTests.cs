using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.IntegrationTests.Infrastructure;
using OpenKazan.Registry.Domain;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.IntegrationTests.Identity;

/// <summary>
/// Report first, confirm after: a new resident files right after signing up, staff see the e-mail is not confirmed
/// yet, and the confirmation link leads back to the request (signed in, or through sign-in on another device).
/// </summary>
public abstract class ReportFirstTests(OpenKazanFactory factory)
{
    private const string Kazan = "http://kazan.localhost";

    [Fact]
    public async Task A_new_resident_files_at_once_and_the_confirmation_link_leads_back_to_the_request()
    {
        var email = $"new-{Guid.NewGuid():N}@example.org";
        var browser = new Browser(factory);
        var gate = await browser.GetAsync($"{Kazan}/my/requests/new");
        Assert.Equal("/account/login", Browser.Location(gate)!.AbsolutePath);
        var login = await (await browser.GetAsync(Browser.Location(gate)!.AbsoluteUri)).Content.ReadAsStringAsync();
        Assert.Contains("/account/register?returnUrl=%2Fmy%2Frequests%2Fnew", login, StringComparison.Ordinal);

        var signUp = await browser.SubmitAsync($"{Kazan}/account/register?returnUrl=%2Fmy%2Frequests%2Fnew", new Dictionary<string, string>
        {
            ["Email"] = email, ["FullName"] = "Гульнара Ахметова", ["Password"] = "Secret123", ["ConfirmPassword"] = "Secret123",
            ["ReturnUrl"] = "/my/requests/new",
        });
        Assert.Equal(HttpStatusCode.Redirect, signUp.StatusCode);
        Assert.Equal("/my/requests/new", Browser.Location(signUp)!.AbsolutePath);

        var form = await browser.GetAsync($"{Kazan}/my/requests/new");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("data-testid=\"email-pending\"", await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var (building, category) = await PlaceAsync();
        var filed = await browser.SubmitAsync($"{Kazan}/my/requests/new", new Dictionary<string, string>
        {
            ["BuildingId"] = building.ToString(), ["CategoryId"] = category.ToString(), ["Description"] = "Не работает лифт во втором подъезде",
        });
        Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);
        var requestPath = Browser.Location(filed)!.AbsolutePath;
        Assert.StartsWith("/my/requests/KZN-", requestPath, StringComparison.Ordinal);

        var dispatcher = new Browser(factory);
        await dispatcher.SignInAsync(Kazan, "dispatcher@kazan.demo");
        var staffPage = await (await dispatcher.GetAsync($"{Kazan}{requestPath.Replace("/my/", "/work/", StringComparison.Ordinal)}")).Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"email-unconfirmed\"", staffPage, StringComparison.Ordinal);

        var link = await SentMail.LinkAsync(factory.MailFolder, email, SentMail.ConfirmationLink());
        var confirmed = await browser.GetAsync(link);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(requestPath, Browser.Location(confirmed)!.AbsolutePath);
        var landing = WebUtility.HtmlDecode(await (await browser.FollowAsync(link)).Content.ReadAsStringAsync());
        Assert.Contains("Адрес почты подтверждён", landing, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"email-pending\"", landing, StringComparison.Ordinal);
        var staffAfter = await (await dispatcher.GetAsync($"{Kazan}{requestPath.Replace("/my/", "/work/", StringComparison.Ordinal)}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("data-testid=\"email-unconfirmed\"", staffAfter, StringComparison.Ordinal);

        var otherDevice = new Browser(factory);
        var page = WebUtility.HtmlDecode(await (await otherDevice.GetAsync(link)).Content.ReadAsStringAsync());
        Assert.Contains($"/account/login?returnUrl={Uri.EscapeDataString(requestPath)}", page, StringComparison.Ordinal);
        var signIn = await otherDevice.SubmitAsync($"{Kazan}/account/login?returnUrl={Uri.EscapeDataString(requestPath)}",
            new Dictionary<string, string> { ["Email"] = email, ["Password"] = "Secret123", ["ReturnUrl"] = requestPath });
        Assert.Equal(requestPath, Browser.Location(signIn)!.AbsolutePath);
    }

    private async Task<(Guid Building, Guid Category)> PlaceAsync()
    {
        var city = factory.Services.GetRequiredService<ITenantStore>().FindBySlug("kazan")!;
        await using var scope = factory.Services.GetRequiredService<TenantScopeFactory>().Create(city);
        var db = scope.Services.GetRequiredService<TenantScopedDbContext>();
        var building = await db.Set<Building>().Where(b => b.Code == "kzn-000001").Select(b => b.Id).SingleAsync();
        var category = await db.Set<ServiceCategory>().Where(c => c.Code == "lift.out-of-order").Select(c => c.Id).SingleAsync();
        return (building, category);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteReportFirstTests(SqliteFactory factory) : ReportFirstTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresReportFirstTests(PostgresFactory factory) : ReportFirstTests(factory);
