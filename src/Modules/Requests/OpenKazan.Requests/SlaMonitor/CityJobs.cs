using Microsoft.Extensions.DependencyInjection;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Catalog;
using Quartz;

namespace OpenKazan.Requests.SlaMonitor;

/// <summary>Runs a piece of work once for every active city, each in its own scope with that city current.</summary>
public sealed class CityJobRunner(ITenantStore store, TenantScopeFactory scopes)
{
    public async Task ForEachActiveCityAsync(Func<IServiceProvider, CancellationToken, Task> work, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(work);
        foreach (var city in store.All.Where(t => t.Status == TenantStatus.Active))
        {
            await using var scope = scopes.Create(city);
            await work(scope.Services, ct);
        }
    }
}

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
            await services.GetRequiredService<SlaMonitor>().RunAsync(ct);
            await services.GetRequiredService<AutoCloser>().RunAsync(ct);
        }, cancellationToken);
    }
}
