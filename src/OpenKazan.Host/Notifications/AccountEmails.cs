using Microsoft.Extensions.Localization;
using OpenKazan.BuildingBlocks.Notifications;
using OpenKazan.Identity.Contracts;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Host.Notifications;

/// <summary>
/// The account e-mails in the current request's language, signed with the city's name. The Identity module keeps
/// them in its outbox with the account change and a job hands them to the relay, never while the person waits.
/// </summary>
public sealed class AccountEmails(IStringLocalizer<SharedResource> text, CurrentTenantAccessor tenants) : IAccountNotifier
{
    public EmailMessage Confirmation(string email, Uri link) =>
        Mail(email, text["MailConfirmSubject"], text["MailConfirmBody", link]);

    public EmailMessage PasswordReset(string email, Uri link) =>
        Mail(email, text["MailResetSubject"], text["MailResetBody", link]);

    public EmailMessage AlreadyRegistered(string email, Uri signIn, Uri resetPassword) =>
        Mail(email, text["MailAlreadySubject"], text["MailAlreadyBody", signIn, resetPassword]);

    public EmailMessage Invitation(string email, string role, Uri link) =>
        Mail(email, text["MailInviteSubject"], text["MailInviteBody", text["Role" + role], link]);

    private EmailMessage Mail(string email, string subject, string body)
    {
        var culture = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var site = tenants.Info is { } city ? $"{text["AppName"]} · {city.Name(culture)}" : text["AppName"].Value;
        return new EmailMessage(email, $"{subject} — {site}", $"{body}\n\n{site}\n");
    }
}

public static class NotificationServiceCollectionExtensions
{
    /// <summary>The words of the account e-mails; the Identity module queues and delivers them.</summary>
    public static IServiceCollection AddAccountNotifications(this IServiceCollection services)
    {
        services.AddScoped<IAccountNotifier, AccountEmails>();
        return services;
    }
}
