using Microsoft.Extensions.DependencyInjection;
using OpenKazan.Tenancy;
using Quartz;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Requests.Notifications;

/// <summary>Delivers pending notifications of every city.</summary>
[DisallowConcurrentExecution]
public sealed class OutboxJob(CityJobRunner cities) : IJob
{
    public static readonly JobKey Key = new("requests-outbox");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await cities.ForEachActiveCityAsync(
            (services, ct) => services.GetRequiredService<OutboxDelivery>().DeliverAsync(ct), cancellationToken);
    }
}
