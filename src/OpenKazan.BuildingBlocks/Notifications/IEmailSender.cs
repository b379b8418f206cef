namespace OpenKazan.BuildingBlocks.Notifications;

/// <summary>
/// Sends one e-mail. The default writes .eml files to a pickup folder (data/mail); an SMTP sender can replace it
/// behind the same interface without touching the modules that send mail.
/// </summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

/// <summary>A plain-text e-mail to one recipient; the body is already in the recipient's language.</summary>
public sealed record EmailMessage(string To, string Subject, string Body);
