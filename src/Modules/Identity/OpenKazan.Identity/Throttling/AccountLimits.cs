using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using OpenKazan.BuildingBlocks.Security;

namespace OpenKazan.Identity.Throttling;

/// <summary>
/// The limits on account actions, by e-mail and by address, counted in <see cref="IAttemptCounters"/> (shared by
/// every node). They count an e-mail whether or not an account has it, so a refusal never tells whether the address
/// is registered.
/// </summary>
public sealed class AccountLimits(IAttemptCounters counters, IOptionsMonitor<AccountLimitOptions> options, TimeProvider time)
{
    private AccountLimitOptions Limits => options.CurrentValue;

    /// <summary>
    /// How long this sign-in must wait: the longest of the waits of the e-mail from this address, of the address,
    /// and of the e-mail from anywhere, the last skipped for a browser that signed in to the account before (an
    /// attacker failing on purpose cannot keep its owner out).
    /// </summary>
    public async Task<TimeSpan> SignInWaitAsync(string email, HttpContext context, bool knownDevice, CancellationToken cancellationToken)
    {
        var rules = FailureRules(email, context).Where(r => !(knownDevice && r.AccountWide)).ToList();
        var tallies = await counters.ReadAsync([.. rules.Select(r => r.Key)], cancellationToken);
        var now = time.GetUtcNow();
        return rules
            .Select(r => tallies.TryGetValue(r.Key, out var tally) ? ProgressiveWait.Left(tally, r.Free, Limits.FirstDelay, Limits.LongestDelay, now) : TimeSpan.Zero)
            .Max();
    }

    public async Task SignInFailedAsync(string email, HttpContext context, CancellationToken cancellationToken)
    {
        foreach (var rule in FailureRules(email, context))
        {
            await counters.CountAsync(rule.Key, Limits.LongestDelay * 2, sliding: true, cancellationToken);
        }
    }

    public Task SignInSucceededAsync(string email, HttpContext context, CancellationToken cancellationToken) =>
        counters.ClearAsync([Pair(email, Address(context)), Account(email)], cancellationToken);

    /// <summary>One sign-up or password-reset request from this address; false once its window is used up.</summary>
    public Task<bool> TryAttemptAsync(HttpContext context, CancellationToken cancellationToken) =>
        TryTakeAsync("attempt|" + Address(context), Limits.AttemptsPerAddress, cancellationToken);

    /// <summary>One account e-mail to this address; false once its window is used up (the mail is then not sent).</summary>
    public Task<bool> TryMailAsync(string email, CancellationToken cancellationToken) =>
        TryTakeAsync("mail|" + Normalize(email), Limits.MailsPerAccount, cancellationToken);

    internal static string Normalize(string email) => email.Trim().ToUpperInvariant();

    private async Task<bool> TryTakeAsync(string key, int permits, CancellationToken cancellationToken) =>
        (await counters.CountAsync(key, Limits.Window, sliding: false, cancellationToken)).Count <= permits;

    private IEnumerable<FailureRule> FailureRules(string email, HttpContext context)
    {
        var address = Address(context);
        yield return new FailureRule(Pair(email, address), Limits.FailuresPerAccountAndAddress, AccountWide: false);
        yield return new FailureRule("signin-address|" + address, Limits.FailuresPerAddress, AccountWide: false);
        yield return new FailureRule(Account(email), Limits.FailuresPerAccount, AccountWide: true);
    }

    private static string Pair(string email, string address) => $"signin-pair|{Normalize(email)}|{address}";

    private static string Account(string email) => "signin-account|" + Normalize(email);

    private static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "-";

    /// <summary>A failure counter: its key, the failures it forgives, and whether it counts the e-mail from anywhere.</summary>
    private sealed record FailureRule(string Key, int Free, bool AccountWide);
}
