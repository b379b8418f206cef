using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpenKazan.BuildingBlocks.Notifications;
using OpenKazan.BuildingBlocks.Persistence;

namespace OpenKazan.Requests.Notifications;

/// <summary>
/// Delivers the current city's pending outbox rows: e-mail through <see cref="IEmailSender"/>, in-app as a
/// notification row. A failed e-mail is retried on later runs, up to <see cref="MaxAttempts"/>.
/// </summary>
internal sealed partial class OutboxDelivery(TenantScopedDbContext db, IEmailSender email, TimeProvider time, ILogger<OutboxDelivery> logger)
{
    public const int MaxAttempts = 5;
    private const int Batch = 100;

    public async Task<int> DeliverAsync(CancellationToken ct)
    {
        var pending = await db.Set<OutboxMessage>()
            .Where(m => m.SentAt == null && m.Attempts < MaxAttempts)
            .OrderBy(m => m.CreatedAt).Take(Batch).ToListAsync(ct);
        foreach (var message in pending)
        {
            message.Attempts++;
            try
            {
                await DeliverOneAsync(message, ct);
                message.SentAt = time.GetUtcNow().UtcDateTime;
                message.LastError = null;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                message.LastError = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
                LogFailed(logger, message.Id, ex);
            }

            // Saved one by one: a crash after sending re-sends at most this one message.
            await db.SaveChangesAsync(ct);
        }

        return pending.Count;
    }

    private async Task DeliverOneAsync(OutboxMessage message, CancellationToken ct)
    {
        if (message.Channel == NotificationChannel.Email && message.RecipientEmail is { } to)
        {
            await email.SendAsync(new EmailMessage(to, message.Subject, message.Body), ct);
        }
        else if (message.Channel == NotificationChannel.InApp && message.RecipientUserId is { } userId)
        {
            db.Add(new InAppNotification
            {
                UserId = userId,
                RequestId = message.RequestId,
                Title = message.Subject,
                Body = message.Body,
                CreatedAt = time.GetUtcNow().UtcDateTime,
            });
        }
    }

    [LoggerMessage(LogLevel.Warning, "Notification {MessageId} could not be delivered")]
    private static partial void LogFailed(ILogger logger, Guid messageId, Exception exception);
}
