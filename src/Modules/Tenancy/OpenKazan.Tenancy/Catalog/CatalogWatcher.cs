using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Tenancy.Catalog;

/// <summary>
/// Polls the catalog version so that a change made on any node (a new city, a suspension) reaches this node
/// within the poll interval, without a restart. The poll is a single-row primary-key read.
/// The cadence is wall-clock on purpose (<see cref="TimeProvider.System"/>, not the injected clock): it is about how fast
/// nodes converge, and a test clock that jumps days ahead would otherwise fire the timer once per missed interval.
/// </summary>
internal sealed partial class CatalogWatcher(
    ITenantStore store,
    IOptions<TenancyOptions> options,
    ILogger<CatalogWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CatalogPollInterval, TimeProvider.System);
        do
        {
            try
            {
                await store.RefreshAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogRefreshFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not refresh the tenant catalog; serving the cached copy.")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
