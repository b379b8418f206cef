using Microsoft.Extensions.DependencyInjection;
using OpenKazan.Tenancy;
using Quartz;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Analytics.Facts;

/// <summary>Folds new request history into the fact table of every active city, once a minute.</summary>
[DisallowConcurrentExecution]
public sealed class RequestFactSyncJob(CityJobRunner cities) : IJob
{
    public static readonly JobKey Key = new("analytics-fact-sync");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await cities.ForEachActiveCityAsync(
            async (services, ct) => await services.GetRequiredService<RequestFactSync>().RunAsync(ct), cancellationToken);
    }
}
