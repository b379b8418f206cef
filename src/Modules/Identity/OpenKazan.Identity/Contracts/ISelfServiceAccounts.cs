using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace OpenKazan.Identity.Contracts;

public sealed record SignUpForm(string Email, string FullName, string? Phone, string Password);

/// <summary>
/// What a sign-up answers: accepted (a new account, signed in, or a registered e-mail that got a mail instead: the
/// page cannot tell which), refused for the password or the e-mail's form, or too many attempts.
/// </summary>
public sealed record SignUpResult(bool Accepted, IdentityResult? Refusal)
{
    public static readonly SignUpResult Answered = new(true, null);
    public static readonly SignUpResult TooManyAttempts = new(false, null);

    public static SignUpResult Refused(IdentityResult refusal) => new(false, refusal);
}

/// <summary>
/// The account pages' self-service: sign-up, e-mail confirmation and password reset. Known and unknown e-mails get
/// the same answer: the mailbox, never the page, learns whether an account exists.
/// </summary>
public interface ISelfServiceAccounts
{
    /// <summary>
    /// A new e-mail gets an account, signed in for this browser session, and a confirmation mail; a registered one gets
    /// a "you already have an account" mail instead.
    /// </summary>
    Task<SignUpResult> SignUpAsync(HttpRequest request, SignUpForm form, CancellationToken cancellationToken);

    Task<bool> ConfirmEmailAsync(Guid userId, string? code);

    /// <summary>False only when this address has asked too often (for any e-mail); otherwise a link goes to a known address.</summary>
    Task<bool> RequestPasswordResetAsync(HttpRequest request, string email, CancellationToken cancellationToken);

    /// <summary>Sets the password from an e-mailed link; invited staff choose their first password here.</summary>
    Task<IdentityResult> ResetPasswordAsync(Guid userId, string? code, string password);
}
