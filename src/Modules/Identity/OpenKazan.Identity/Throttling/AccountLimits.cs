using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace OpenKazan.Identity.Throttling;

/// <summary>
/// The limits on account actions, by e-mail and by address. They count an e-mail whether or not an account has
/// it, so a refusal never tells whether the address is registered.
/// </summary>
public sealed class AccountLimits(AttemptLedger ledger, IOptionsMonitor<AccountLimitOptions> options)
{
    private AccountLimitOptions Limits => options.CurrentValue;

    /// <summary>
    /// How long this sign-in must wait: the longest of the waits of the e-mail from this address, of the address,
    /// and of the e-mail from anywhere, the last skipped for a browser that signed in to the account before (an
    /// attacker failing on purpose cannot keep its owner out).
    /// </summary>
    public TimeSpan SignInWait(string email, HttpContext context, bool knownDevice)
    {
        var address = Address(context);
        var waits = new[] { ledger.Wait(Pair(email, address)), ledger.Wait("signin-address|" + address), knownDevice ? TimeSpan.Zero : ledger.Wait(Account(email)) };
        return waits.Max();
    }

    public void SignInFailed(string email, HttpContext context)
    {
        var address = Address(context);
        ledger.Fail(Pair(email, address), Limits.FailuresPerAccountAndAddress, Limits.FirstDelay, Limits.LongestDelay);
        ledger.Fail("signin-address|" + address, Limits.FailuresPerAddress, Limits.FirstDelay, Limits.LongestDelay);
        ledger.Fail(Account(email), Limits.FailuresPerAccount, Limits.FirstDelay, Limits.LongestDelay);
    }

    public void SignInSucceeded(string email, HttpContext context)
    {
        ledger.Clear(Pair(email, Address(context)));
        ledger.Clear(Account(email));
    }

    /// <summary>One sign-up or password-reset request from this address; false once its window is used up.</summary>
    public bool TryAttempt(HttpContext context) => ledger.TryTake("attempt|" + Address(context), Limits.AttemptsPerAddress, Limits.Window);

    /// <summary>One account e-mail to this address; false once its window is used up (the mail is then not sent).</summary>
    public bool TryMail(string email) => ledger.TryTake("mail|" + Normalize(email), Limits.MailsPerAccount, Limits.Window);

    private static string Pair(string email, string address) => $"signin-pair|{Normalize(email)}|{address}";

    private static string Account(string email) => "signin-account|" + Normalize(email);

    internal static string Normalize(string email) => email.Trim().ToUpperInvariant();

    private static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "-";
}
