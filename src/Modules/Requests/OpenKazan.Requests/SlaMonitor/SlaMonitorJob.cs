using Microsoft.Extensions.DependencyInjection;
using OpenKazan.Tenancy;
using Quartz;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Requests.SlaMonitor;

/// <summary>Records SLA warnings, breaches and escalations, then auto-closes unanswered resolutions.</summary>
[DisallowConcurrentExecution]
public sealed class SlaMonitorJob(CityJobRunner cities) : IJob
{
    public static readonly JobKey Key = new("requests-sla-monitor");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await cities.ForEachActiveCityAsync(async (services, ct) =>
        {
            await services.GetRequiredService<SlaIncidentRecorder>().RunAsync(ct);
            await services.GetRequiredService<AutoCloser>().RunAsync(ct);
        }, cancellationToken);
    }
}
