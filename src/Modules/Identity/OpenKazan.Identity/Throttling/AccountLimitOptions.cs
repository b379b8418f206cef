namespace OpenKazan.Identity.Throttling;

/// <summary>
/// The <c>AccountLimits</c> section: how many failed sign-ins, sign-ups, reset requests and account e-mails an
/// address or an account gets before it has to wait. Waits grow progressively and never exceed
/// <see cref="LongestDelay"/>, so nobody can lock an account for good.
/// </summary>
public sealed class AccountLimitOptions
{
    public const string SectionName = "AccountLimits";

    /// <summary>Failed sign-ins from one address into one e-mail before each further one waits.</summary>
    public int FailuresPerAccountAndAddress { get; set; } = 5;

    /// <summary>Failed sign-ins into one e-mail from anywhere; a browser that signed in to it before is exempt.</summary>
    public int FailuresPerAccount { get; set; } = 20;

    /// <summary>Failed sign-ins from one address into any e-mail (password spraying).</summary>
    public int FailuresPerAddress { get; set; } = 50;

    /// <summary>The first wait once the free failures are used; each further failure doubles it.</summary>
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan LongestDelay { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Sign-ups and password-reset requests from one address per <see cref="Window"/>.</summary>
    public int AttemptsPerAddress { get; set; } = 20;

    /// <summary>Account e-mails (confirmation, reset, "you already have an account", invitation) to one address per <see cref="Window"/>.</summary>
    public int MailsPerAccount { get; set; } = 3;

    public TimeSpan Window { get; set; } = TimeSpan.FromHours(1);
}
