using OpenKazan.BuildingBlocks.Notifications;

namespace OpenKazan.Host.Notifications;

/// <summary>
/// Hands the queued account mails to the <see cref="IEmailSender"/> one by one; a mail the relay refuses is tried
/// again after <see cref="RetryDelays"/>, then given up (logged without its text).
/// </summary>
public sealed partial class AccountMailDelivery(
    AccountMailOutbox queue, IEmailSender sender, TimeProvider time, ILogger<AccountMailDelivery> logger) : BackgroundService
{
    private static readonly TimeSpan[] RetryDelays = [TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30)];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var mail in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await DeliverAsync(mail, stoppingToken);
            }
            finally
            {
                queue.Delivered();
            }
        }
    }

    private async Task DeliverAsync(EmailMessage mail, CancellationToken stoppingToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await sender.SendAsync(mail, stoppingToken);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException && attempt < RetryDelays.Length)
            {
                LogRetry(logger, attempt + 1, ex);
                await Task.Delay(RetryDelays[attempt], time, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogGivenUp(logger, attempt + 1, ex);
                return;
            }
        }
    }

    [LoggerMessage(LogLevel.Warning, "An account mail could not be handed over (attempt {Attempt}); trying again")]
    private static partial void LogRetry(ILogger logger, int attempt, Exception exception);

    [LoggerMessage(LogLevel.Error, "An account mail could not be handed over after {Attempts} attempts; it is dropped")]
    private static partial void LogGivenUp(ILogger logger, int attempts, Exception exception);
}
