using OpenKazan.BuildingBlocks.Notifications;
using OpenKazan.Identity.Persistence;

namespace OpenKazan.Identity.Mail;

/// <summary>
/// Adds account mails to the caller's unit of work on <see cref="PlatformDbContext"/>: saved, or not, together with
/// the account change; <see cref="AccountMailJob"/> hands them to the relay. Putting a row in the context is all a page
/// does, whatever the relay's speed.
/// </summary>
public sealed class AccountMailOutbox(PlatformDbContext db, TimeProvider time)
{
    public void Queue(EmailMessage mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var now = time.GetUtcNow().UtcDateTime;
        db.Add(new AccountMail { Recipient = mail.To, Subject = mail.Subject, Body = mail.Body, CreatedAt = now, NextAttemptAt = now });
    }
}
