using Microsoft.Extensions.Localization;
using OpenKazan.BuildingBlocks.Notifications;
using OpenKazan.Identity.Domain;
using OpenKazan.Identity.SignUp;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Host.Notifications;

/// <summary>
/// The account e-mails in the current request's language, signed with the city's name, written in the request and
/// queued for <see cref="AccountMailDelivery"/> (never handed to the relay while the person waits).
/// </summary>
public sealed partial class AccountEmails(
    AccountMailOutbox queue, IStringLocalizer<SharedResource> text, CurrentTenantAccessor tenants, ILogger<AccountEmails> logger) : IAccountNotifier
{
    public Task SendConfirmationAsync(PlatformUser user, Uri link, CancellationToken cancellationToken) =>
        Queue(user, text["MailConfirmSubject"], text["MailConfirmBody", link]);

    public Task SendPasswordResetAsync(PlatformUser user, Uri link, CancellationToken cancellationToken) =>
        Queue(user, text["MailResetSubject"], text["MailResetBody", link]);

    public Task SendAlreadyRegisteredAsync(PlatformUser user, Uri signIn, Uri resetPassword, CancellationToken cancellationToken) =>
        Queue(user, text["MailAlreadySubject"], text["MailAlreadyBody", signIn, resetPassword]);

    public Task SendInvitationAsync(PlatformUser user, string role, Uri link, CancellationToken cancellationToken) =>
        Queue(user, text["MailInviteSubject"], text["MailInviteBody", text["Role" + role], link]);

    private Task Queue(PlatformUser user, string subject, string body)
    {
        var culture = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var site = tenants.Info is { } city ? $"{text["AppName"]} · {city.Name(culture)}" : text["AppName"].Value;
        if (!queue.TryEnqueue(new EmailMessage(user.Email!, $"{subject} — {site}", $"{body}\n\n{site}\n")))
        {
            LogQueueFull(logger, AccountMailOutbox.Capacity);
        }

        return Task.CompletedTask;
    }

    [LoggerMessage(LogLevel.Error, "The account mail outbox is full ({Capacity} mails); a mail is dropped")]
    private static partial void LogQueueFull(ILogger logger, int capacity);
}

public static class NotificationServiceCollectionExtensions
{
    /// <summary>
    /// The account e-mails; queued in the request, then handed in the background to the product's one
    /// <see cref="IEmailSender"/> (pickup folder or SMTP).
    /// </summary>
    public static IServiceCollection AddAccountNotifications(this IServiceCollection services)
    {
        services.AddScoped<IAccountNotifier, AccountEmails>();
        services.AddSingleton<AccountMailOutbox>();
        services.AddHostedService<AccountMailDelivery>();
        return services;
    }
}
