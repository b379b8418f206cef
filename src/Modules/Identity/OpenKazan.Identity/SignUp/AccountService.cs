using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using OpenKazan.BuildingBlocks.Tenancy;
using Microsoft.EntityFrameworkCore;
using OpenKazan.Identity.Contracts;
using OpenKazan.Identity.Domain;
using OpenKazan.Identity.Mail;
using OpenKazan.Identity.Persistence;
using OpenKazan.Identity.SignIn;
using OpenKazan.Identity.Throttling;
using OpenKazan.Identity.Tokens;
using OpenKazan.Identity.Users;

namespace OpenKazan.Identity.SignUp;

/// <summary>
/// Self-service account life cycle: sign-up with e-mail confirmation, and password reset. Known and unknown
/// e-mails get the same answer: the mailbox, never the page, learns whether an account exists.
/// </summary>
internal sealed class AccountService(
    UserManager<PlatformUser> users,
    PlatformDbContext db,
    ICurrentTenant currentTenant,
    CityAccess access,
    IAccountNotifier notifier,
    AccountMailOutbox outbox,
    CityUrls urls,
    AccountLimits limits,
    CitySignIn signIn) : ISelfServiceAccounts
{
    /// <summary>
    /// A new e-mail gets an account, signed in for this browser session once it is saved, and a confirmation mail; a
    /// registered one gets a "you already have an account" mail instead, after the same password checks and one
    /// password hash.
    /// </summary>
    public async Task<SignUpResult> SignUpAsync(HttpRequest request, SignUpForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(form);
        if (!await limits.TryAttemptAsync(request.HttpContext, cancellationToken))
        {
            return SignUpResult.TooManyAttempts;
        }

        var user = new PlatformUser { UserName = form.Email.Trim(), Email = form.Email.Trim(), FullName = form.FullName.Trim() };
        user.SetPhone(form.Phone);
        var password = await ValidatePasswordAsync(user, form.Password);
        if (!password.Succeeded)
        {
            return SignUpResult.Refused(password);
        }

        if (await users.FindByEmailAsync(user.Email) is not null)
        {
            return await AlreadyRegisteredAsync(request, user.Email, form.Password, cancellationToken);
        }

        var mailAllowed = await limits.TryMailAsync(user.Email, cancellationToken);
        var creation = await db.InOneTransactionAsync(() => CreateWithConfirmationAsync(request, user, form.Password, mailAllowed, cancellationToken), cancellationToken);
        if (creation.NewAccount is { } account)
        {
            await signIn.NewAccountAsync(account);
        }

        return creation.Result;
    }

    /// <summary>The account, its city membership and its confirmation mail: all saved, or none.</summary>
    private async Task<Creation> CreateWithConfirmationAsync(HttpRequest request, PlatformUser user, string password, bool mailAllowed, CancellationToken cancellationToken)
    {
        var created = await CreateAsync(user, password);
        if (created is null)
        {
            return new Creation(await AlreadyRegisteredAsync(request, user.Email!, password, cancellationToken), null);
        }

        if (!created.Succeeded)
        {
            return new Creation(SignUpResult.Refused(created), null);
        }

        if (currentTenant.Id is { } city)
        {
            await access.JoinAsync(user, city, cancellationToken);
        }

        if (mailAllowed)
        {
            var token = await users.GenerateEmailConfirmationTokenAsync(user);
            outbox.Queue(notifier.Confirmation(user.Email!, AccountLinks.Build(urls, request, currentTenant.Tenant?.Slug, AccountLinks.ConfirmEmailPath, user.Id, token)));
            await db.SaveChangesAsync(cancellationToken);
        }

        return new Creation(SignUpResult.Answered, user);
    }

    public async Task<bool> ConfirmEmailAsync(Guid userId, string? code)
    {
        var token = AccountLinks.Decode(code);
        var user = await users.FindByIdAsync(userId.ToString());
        return token is not null && user is not null && (await users.ConfirmEmailAsync(user, token)).Succeeded;
    }

    /// <summary>
    /// Queues a reset link when the address is known and its mails are within their limit (counted for every e-mail,
    /// known or not); the caller says the same either way. False only when this address has asked too often (for any
    /// e-mail).
    /// </summary>
    public async Task<bool> RequestPasswordResetAsync(HttpRequest request, string email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!await limits.TryAttemptAsync(request.HttpContext, cancellationToken))
        {
            return false;
        }

        var mailAllowed = await limits.TryMailAsync(email, cancellationToken);
        if (await users.FindByEmailAsync(email.Trim()) is { } user && mailAllowed)
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            outbox.Queue(notifier.PasswordReset(user.Email!, AccountLinks.Build(urls, request, currentTenant.Tenant?.Slug, AccountLinks.ResetPasswordPath, user.Id, token)));
            await db.SaveChangesAsync(cancellationToken);
        }

        return true;
    }

    /// <summary>A successful reset also confirms the e-mail: the link reached that mailbox (this is how invited staff start).</summary>
    public async Task<IdentityResult> ResetPasswordAsync(Guid userId, string? code, string password)
    {
        var token = AccountLinks.Decode(code);
        if (token is null || await users.FindByIdAsync(userId.ToString()) is not { } user)
        {
            return IdentityResult.Failed(users.ErrorDescriber.InvalidToken());
        }

        var reset = await users.ResetPasswordAsync(user, token, password);
        if (reset.Succeeded && !user.EmailConfirmed)
        {
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }

        return reset;
    }

    /// <summary>Spends the time of a new account's password hash, then queues a mail to the mailbox (within its limit).</summary>
    private async Task<SignUpResult> AlreadyRegisteredAsync(HttpRequest request, string email, string password, CancellationToken cancellationToken)
    {
        var existing = await users.FindByEmailAsync(email);
        _ = users.PasswordHasher.HashPassword(existing ?? new PlatformUser(), password);
        if (existing is not null && await limits.TryMailAsync(email, cancellationToken))
        {
            var slug = currentTenant.Tenant?.Slug;
            outbox.Queue(notifier.AlreadyRegistered(existing.Email!, urls.For(request, slug, "/account/login"), urls.For(request, slug, "/account/forgot-password")));
            await db.SaveChangesAsync(cancellationToken);
        }

        return SignUpResult.Answered;
    }

    private async Task<IdentityResult> ValidatePasswordAsync(PlatformUser user, string password)
    {
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            errors.AddRange((await validator.ValidateAsync(users, user, password)).Errors);
        }

        return errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]);
    }

    /// <summary>
    /// Null when the e-mail is taken after all: by an account Identity found, or by a sign-up of the same e-mail
    /// at the same moment that won the unique index first.
    /// </summary>
    private async Task<IdentityResult?> CreateAsync(PlatformUser user, string password)
    {
        try
        {
            var created = await users.CreateAsync(user, password);
            return created.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)) ? null : created;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return null;
        }
    }

    /// <summary>The answer, and the account to sign in when one was created.</summary>
    private sealed record Creation(SignUpResult Result, PlatformUser? NewAccount);
}
