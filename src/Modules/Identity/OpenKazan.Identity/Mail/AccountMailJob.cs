using Quartz;

namespace OpenKazan.Identity.Mail;

/// <summary>Hands the waiting account mails to the relay (on one node at a time in a cluster).</summary>
[DisallowConcurrentExecution]
internal sealed class AccountMailJob(AccountMailDelivery delivery) : IJob
{
    public static readonly JobKey Key = new("account-mail", "identity");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await delivery.DeliverAsync(cancellationToken);
}
