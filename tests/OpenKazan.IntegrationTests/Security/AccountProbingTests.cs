using System.Net;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.IntegrationTests.Identity;

namespace OpenKazan.IntegrationTests.Security;

/// <summary>
/// No account probing: registration, sign-in, its waits and the password reset answer a registered and an unknown
/// e-mail alike (status, redirect, words) after the same number of password hashes; only the mailbox learns more.
/// </summary>
public abstract class AccountProbingTests(SecurityFactory factory)
{
    private const string Kazan = "http://kazan.localhost";

    [Fact]
    public async Task Registration_answers_a_registered_email_like_a_new_one_and_tells_only_the_mailbox()
    {
        var registered = await factory.NewAccountAsync(Roles.Resident);
        var fresh = $"new-{Guid.NewGuid():N}@example.org";

        var (toRegistered, registeredHashes) = await HashedAsync(() => RegisterAsync(registered));
        var (toFresh, freshHashes) = await HashedAsync(() => RegisterAsync(fresh));

        Assert.Equal(await AccountAnswers.ReadAsync(toFresh), await AccountAnswers.ReadAsync(toRegistered));
        Assert.Equal("/my/requests/new", Browser.Location(toRegistered)!.AbsolutePath);
        Assert.Equal(freshHashes, registeredHashes);
        await factory.AccountMailsSentAsync();
        Assert.Contains("/account/forgot-password", MailTo(registered), StringComparison.Ordinal);
        Assert.Contains("/account/confirm-email", MailTo(fresh), StringComparison.Ordinal);
        await new Browser(factory).SignInAsync(Kazan, registered, "Secret123");
    }

    [Fact]
    public async Task Sign_in_answers_an_unknown_email_like_a_wrong_password_and_waits_alike_too()
    {
        var registered = await factory.NewAccountAsync(Roles.Dispatcher);
        var unknown = $"nobody-{Guid.NewGuid():N}@example.org";
        var fromRegistered = new Browser(factory, ClientAddresses.New());
        var fromUnknown = new Browser(factory, ClientAddresses.New());

        var (wrongPassword, registeredHashes) = await HashedAsync(() => SignInAsync(fromRegistered, registered));
        var (noAccount, unknownHashes) = await HashedAsync(() => SignInAsync(fromUnknown, unknown));
        Assert.Equal(await AccountAnswers.ReadAsync(wrongPassword), await AccountAnswers.ReadAsync(noAccount));
        Assert.Equal(1, registeredHashes);
        Assert.Equal(1, unknownHashes);

        for (var failure = 0; failure < 3; failure++)
        {
            await SignInAsync(fromRegistered, registered);
            await SignInAsync(fromUnknown, unknown);
        }

        var registeredWaits = await AccountAnswers.ReadAsync(await SignInAsync(fromRegistered, registered, "Secret123"));
        var unknownWaits = await AccountAnswers.ReadAsync(await SignInAsync(fromUnknown, unknown, "Secret123"));
        Assert.Equal(unknownWaits, registeredWaits);
        Assert.Contains("Попробуйте через 1 мин", registeredWaits, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Password_reset_answers_a_registered_and_an_unknown_email_alike_and_mails_only_the_registered_one()
    {
        var registered = await factory.NewAccountAsync(Roles.Resident);
        var unknown = $"nobody-{Guid.NewGuid():N}@example.org";

        var toRegistered = await ForgotAsync(registered);
        var toUnknown = await ForgotAsync(unknown);

        Assert.Equal(HttpStatusCode.OK, toRegistered.StatusCode);
        Assert.Equal(await AccountAnswers.ReadAsync(toUnknown), await AccountAnswers.ReadAsync(toRegistered));
        await factory.AccountMailsSentAsync();
        Assert.Contains("/account/reset-password", MailTo(registered), StringComparison.Ordinal);
        Assert.Equal(0, AccountAnswers.MailsTo(factory.MailFolder, unknown));
    }

    /// <summary>
    /// Same time for a registered and an unknown e-mail: the request only queues the mail, so a page that mails
    /// does the work of one that does not. Proved by holding the relay: were the mail handed over in the request,
    /// these answers would wait for it.
    /// </summary>
    [Fact]
    public async Task Reset_and_registration_answer_before_their_mail_is_handed_over_and_the_mail_arrives_afterwards()
    {
        var registered = await factory.NewAccountAsync(Roles.Resident);
        var fresh = $"new-{Guid.NewGuid():N}@example.org";
        using (factory.HeldMail.Hold(registered))
        using (factory.HeldMail.Hold(fresh))
        {
            var reset = await ForgotAsync(registered).WaitAsync(TimeSpan.FromSeconds(30));
            var registeredAgain = await RegisterAsync(registered).WaitAsync(TimeSpan.FromSeconds(30));
            var registeredNew = await RegisterAsync(fresh).WaitAsync(TimeSpan.FromSeconds(30));

            Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, registeredAgain.StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, registeredNew.StatusCode);
            Assert.Equal(0, AccountAnswers.MailsTo(factory.MailFolder, registered));
            Assert.Equal(0, AccountAnswers.MailsTo(factory.MailFolder, fresh));
        }

        await factory.AccountMailsSentAsync();
        Assert.Equal(2, AccountAnswers.MailsTo(factory.MailFolder, registered));
        Assert.Equal(1, AccountAnswers.MailsTo(factory.MailFolder, fresh));
    }

    private async Task<(HttpResponseMessage Answer, int Hashes)> HashedAsync(Func<Task<HttpResponseMessage>> action)
    {
        var before = factory.Hashes.Count;
        var answer = await action();
        return (answer, factory.Hashes.Count - before);
    }

    private Task<HttpResponseMessage> RegisterAsync(string email) =>
        new Browser(factory).SubmitAsync($"{Kazan}/account/register?returnUrl=%2Fmy%2Frequests%2Fnew", new Dictionary<string, string>
        {
            ["Email"] = email, ["FullName"] = "Алия Сафина", ["Password"] = "Other1234", ["ConfirmPassword"] = "Other1234",
            ["ReturnUrl"] = "/my/requests/new",
        });

    private static Task<HttpResponseMessage> SignInAsync(Browser browser, string email, string password = "Wrong1234") =>
        browser.SubmitAsync($"{Kazan}/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });

    private Task<HttpResponseMessage> ForgotAsync(string email) =>
        new Browser(factory).SubmitAsync($"{Kazan}/account/forgot-password", new Dictionary<string, string> { ["Email"] = email });

    private string MailTo(string email) => WebUtility.HtmlDecode(Directory.GetFiles(factory.MailFolder, "*.eml").Select(File.ReadAllText)
        .Single(text => text.Contains($"To: {email}", StringComparison.Ordinal)));
}

[Collection(SqliteSecurityCollection.Name)]
public sealed class SqliteAccountProbingTests(SqliteSecurityFactory factory) : AccountProbingTests(factory);

[Collection(PostgresSecurityCollection.Name)]
public sealed class PostgresAccountProbingTests(PostgresSecurityFactory factory) : AccountProbingTests(factory);
