using Microsoft.Extensions.Localization;
using OpenKazan.BuildingBlocks.Notifications;
using OpenKazan.Identity.Domain;
using OpenKazan.Identity.SignUp;
using OpenKazan.Tenancy;

namespace OpenKazan.Host.Notifications;

/// <summary>The account e-mails in the current request's language, signed with the city's name.</summary>
public sealed class AccountEmails(IEmailSender sender, IStringLocalizer<SharedResource> text, CurrentTenantAccessor tenants) : IAccountNotifier
{
    public Task SendConfirmationAsync(PlatformUser user, Uri link, CancellationToken cancellationToken) =>
        SendAsync(user, text["MailConfirmSubject"], text["MailConfirmBody", link], cancellationToken);

    public Task SendPasswordResetAsync(PlatformUser user, Uri link, CancellationToken cancellationToken) =>
        SendAsync(user, text["MailResetSubject"], text["MailResetBody", link], cancellationToken);

    public Task SendAlreadyRegisteredAsync(PlatformUser user, Uri signIn, Uri resetPassword, CancellationToken cancellationToken) =>
        SendAsync(user, text["MailAlreadySubject"], text["MailAlreadyBody", signIn, resetPassword], cancellationToken);

    public Task SendInvitationAsync(PlatformUser user, string role, Uri link, CancellationToken cancellationToken) =>
        SendAsync(user, text["MailInviteSubject"], text["MailInviteBody", text["Role" + role], link], cancellationToken);

    private Task SendAsync(PlatformUser user, string subject, string body, CancellationToken cancellationToken)
    {
        var culture = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var site = tenants.Info is { } city ? $"{text["AppName"]} · {city.Name(culture)}" : text["AppName"].Value;
        return sender.SendAsync(new EmailMessage(user.Email!, $"{subject} — {site}", $"{body}\n\n{site}\n"), cancellationToken);
    }
}

public static class NotificationServiceCollectionExtensions
{
    /// <summary>The account e-mails; they go through the product's one <see cref="IEmailSender"/> (pickup folder or SMTP).</summary>
    public static IServiceCollection AddAccountNotifications(this IServiceCollection services)
    {
        services.AddScoped<IAccountNotifier, AccountEmails>();
        return services;
    }
}
