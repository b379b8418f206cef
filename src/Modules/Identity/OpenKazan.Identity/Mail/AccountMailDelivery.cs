using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpenKazan.BuildingBlocks.Notifications;
using OpenKazan.Identity.Persistence;

namespace OpenKazan.Identity.Mail;

/// <summary>
/// Hands the waiting account mails to the <see cref="IEmailSender"/>, oldest first. Each mail is claimed before it is
/// sent (its next attempt moved past a lease, in one conditional update), so nodes that run this at the same moment
/// never send one mail twice; a mail whose node stopped mid-send is sent again once the lease ends (at least once).
/// A refused mail is tried again after <see cref="RetryDelays"/>, then given up; given-up mails are deleted after a day.
/// </summary>
internal sealed partial class AccountMailDelivery(PlatformDbContext db, IEmailSender sender, TimeProvider time, ILogger<AccountMailDelivery> logger)
{
    /// <summary>The wait after each attempt: the lease while it runs, the pause before the next try if it fails.</summary>
    public static readonly TimeSpan[] RetryDelays = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2)];

    private const int Batch = 100;

    public async Task<int> DeliverAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.Set<AccountMail>().AsNoTracking()
            .Where(m => m.Attempts < RetryDelays.Length && m.NextAttemptAt <= now)
            .OrderBy(m => m.CreatedAt).Take(Batch).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var mail in due)
        {
            if (await ClaimAsync(mail, cancellationToken))
            {
                sent += await SendAsync(mail, cancellationToken) ? 1 : 0;
            }
        }

        var givenUp = now.AddDays(-1);
        await db.Set<AccountMail>().Where(m => m.Attempts >= RetryDelays.Length && m.NextAttemptAt < givenUp).ExecuteDeleteAsync(cancellationToken);
        return sent;
    }

    private async Task<bool> ClaimAsync(AccountMail mail, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var lease = now + RetryDelays[mail.Attempts];
        return await db.Set<AccountMail>()
            .Where(m => m.Id == mail.Id && m.Attempts == mail.Attempts && m.NextAttemptAt <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Attempts, mail.Attempts + 1).SetProperty(m => m.NextAttemptAt, lease), cancellationToken) == 1;
    }

    private async Task<bool> SendAsync(AccountMail mail, CancellationToken cancellationToken)
    {
        try
        {
            await sender.SendAsync(new EmailMessage(mail.Recipient, mail.Subject, mail.Body), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var error = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
            await db.Set<AccountMail>().Where(m => m.Id == mail.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.LastError, error), cancellationToken);
            LogFailed(logger, mail.Id, mail.Attempts + 1, ex);
            return false;
        }

        await db.Set<AccountMail>().Where(m => m.Id == mail.Id).ExecuteDeleteAsync(cancellationToken);
        return true;
    }

    [LoggerMessage(LogLevel.Warning, "Account mail {MailId} could not be handed over (attempt {Attempt})")]
    private static partial void LogFailed(ILogger logger, Guid mailId, int attempt, Exception exception);
}
