using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using OpenKazan.BuildingBlocks.Tenancy;
using OpenKazan.Identity.Domain;
using OpenKazan.Identity.Tokens;
using OpenKazan.Identity.Users;

namespace OpenKazan.Identity.SignUp;

/// <summary>Self-service account life cycle: sign-up with e-mail confirmation, and password reset.</summary>
public sealed class AccountService(
    UserManager<PlatformUser> users,
    ICurrentTenant currentTenant,
    CityAccess access,
    IAccountNotifier notifier,
    CityUrls urls)
{
    public async Task<IdentityResult> SignUpAsync(HttpRequest request, SignUpForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var user = new PlatformUser { UserName = form.Email.Trim(), Email = form.Email.Trim(), FullName = form.FullName.Trim() };
        user.SetPhone(form.Phone);
        var created = await users.CreateAsync(user, form.Password);
        if (!created.Succeeded)
        {
            return created;
        }

        if (currentTenant.Id is { } city)
        {
            await access.JoinAsync(user, city, cancellationToken);
        }

        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        await notifier.SendConfirmationAsync(user, AccountLinks.Build(urls, request, currentTenant.Tenant?.Slug, AccountLinks.ConfirmEmailPath, user.Id, token), cancellationToken);
        return created;
    }

    public async Task<bool> ConfirmEmailAsync(Guid userId, string? code)
    {
        var token = AccountLinks.Decode(code);
        var user = await users.FindByIdAsync(userId.ToString());
        return token is not null && user is not null && (await users.ConfirmEmailAsync(user, token)).Succeeded;
    }

    /// <summary>Sends a reset link when the address is known; the caller says the same either way (no account probing).</summary>
    public async Task RequestPasswordResetAsync(HttpRequest request, string email, CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(email.Trim()) is not { } user)
        {
            return;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        await notifier.SendPasswordResetAsync(user, AccountLinks.Build(urls, request, currentTenant.Tenant?.Slug, AccountLinks.ResetPasswordPath, user.Id, token), cancellationToken);
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
}

public sealed record SignUpForm(string Email, string FullName, string? Phone, string Password);
