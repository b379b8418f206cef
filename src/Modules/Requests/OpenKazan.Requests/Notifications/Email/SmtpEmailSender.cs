using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using OpenKazan.BuildingBlocks.Notifications;

namespace OpenKazan.Requests.Notifications.Email;

/// <summary>Sends through the configured SMTP server with MailKit; one connection per message keeps failures independent.</summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        using var client = new SmtpClient();
        var security = Enum.TryParse<SecureSocketOptions>(settings.SmtpSecurity, ignoreCase: true, out var parsed) ? parsed : SecureSocketOptions.Auto;
        await client.ConnectAsync(settings.SmtpHost ?? throw new InvalidOperationException("Email:SmtpHost is not set."), settings.SmtpPort, security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.SmtpUser))
        {
            await client.AuthenticateAsync(settings.SmtpUser, settings.SmtpPassword ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(MimeMessages.Build(settings, message), cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
