using System.Net;
using System.Net.Http.Json;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.IntegrationTests.Identity;

namespace OpenKazan.IntegrationTests.Security;

/// <summary>
/// Limits on account actions (settings of <see cref="SecurityFactory"/>: 3 free failures per e-mail and address,
/// 6 per e-mail, first wait 1 min; 5 sign-ups or reset requests per address; 3 account mails per e-mail): an
/// address that keeps failing waits, failures from elsewhere never keep an owner out of their own browser.
/// </summary>
public abstract class AccountLimitsTests(SecurityFactory factory)
{
    private const string Kazan = "http://kazan.localhost";

    [Fact]
    public async Task An_address_that_keeps_failing_waits_even_with_the_right_password_and_other_addresses_do_not()
    {
        var staff = await factory.NewAccountAsync(Roles.Dispatcher);
        var attacker = new Browser(factory, ClientAddresses.New());
        for (var failure = 0; failure < 4; failure++)
        {
            Assert.Contains("Неверная почта или пароль", await AccountAnswers.ReadAsync(await SignInAsync(attacker, staff, "Wrong1234")), StringComparison.Ordinal);
        }

        var refused = await SignInAsync(attacker, staff, "Secret123");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Попробуйте через 1 мин", await AccountAnswers.ReadAsync(refused), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(new Browser(factory, ClientAddresses.New()), staff, "Secret123")).StatusCode);
    }

    [Fact]
    public async Task Failures_from_many_addresses_make_new_browsers_wait_but_never_the_owner_s_own_browser()
    {
        var staff = await factory.NewAccountAsync(Roles.Dispatcher);
        var owner = new Browser(factory, ClientAddresses.New());
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(owner, staff, "Secret123")).StatusCode);

        for (var address = 0; address < 7; address++)
        {
            await SignInAsync(new Browser(factory, ClientAddresses.New()), staff, "Wrong1234");
        }

        var stranger = await SignInAsync(new Browser(factory, ClientAddresses.New()), staff, "Secret123");
        Assert.Contains("Попробуйте через", await AccountAnswers.ReadAsync(stranger), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(owner, staff, "Secret123")).StatusCode);
    }

    [Fact]
    public async Task One_address_gets_five_sign_ups_or_reset_requests_and_one_email_three_mails()
    {
        var registered = await factory.NewAccountAsync(Roles.Resident);
        var address = ClientAddresses.New();
        for (var request = 0; request < 5; request++)
        {
            Assert.Equal(HttpStatusCode.OK, (await ForgotAsync(address, registered)).StatusCode);
        }

        var sixth = await ForgotAsync(address, registered);
        Assert.Equal(HttpStatusCode.TooManyRequests, sixth.StatusCode);
        Assert.Contains("Слишком много попыток", await AccountAnswers.ReadAsync(sixth), StringComparison.Ordinal);
        var signUp = await new Browser(factory, address).SubmitAsync($"{Kazan}/account/register", new Dictionary<string, string>
        {
            ["Email"] = $"new-{Guid.NewGuid():N}@example.org", ["FullName"] = "Алия Сафина", ["Password"] = "Secret123", ["ConfirmPassword"] = "Secret123",
        });
        Assert.Equal(HttpStatusCode.TooManyRequests, signUp.StatusCode);
        await factory.AccountMailsSentAsync();
        Assert.Equal(3, AccountAnswers.MailsTo(factory.MailFolder, registered));
        Assert.Equal(HttpStatusCode.OK, (await ForgotAsync(ClientAddresses.New(), registered)).StatusCode);
        await factory.AccountMailsSentAsync();
        Assert.Equal(3, AccountAnswers.MailsTo(factory.MailFolder, registered));
    }

    [Fact]
    public async Task An_invitee_gets_at_most_three_invitation_mails_an_hour()
    {
        var (_, api) = await factory.SignedInAsync(await factory.NewAccountAsync(Roles.TenantAdmin));
        api.DefaultRequestHeaders.Add("Sec-Fetch-Site", "same-origin");
        var invitee = $"invitee-{Guid.NewGuid():N}@example.org";
        var answers = new List<HttpStatusCode>();
        for (var invitation = 0; invitation < 4; invitation++)
        {
            answers.Add((await api.PostAsJsonAsync("/api/identity/staff", new { email = invitee, fullName = "Ильдар Хасанов", role = Roles.Dispatcher })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.BadRequest], answers);
        await factory.AccountMailsSentAsync();
        Assert.Equal(3, AccountAnswers.MailsTo(factory.MailFolder, invitee));
    }

    private static Task<HttpResponseMessage> SignInAsync(Browser browser, string email, string password) =>
        browser.SubmitAsync($"{Kazan}/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });

    private Task<HttpResponseMessage> ForgotAsync(string address, string email) =>
        new Browser(factory, address).SubmitAsync($"{Kazan}/account/forgot-password", new Dictionary<string, string> { ["Email"] = email });
}

[Collection(SqliteSecurityCollection.Name)]
public sealed class SqliteAccountLimitsTests(SqliteSecurityFactory factory) : AccountLimitsTests(factory);

[Collection(PostgresSecurityCollection.Name)]
public sealed class PostgresAccountLimitsTests(PostgresSecurityFactory factory) : AccountLimitsTests(factory);
