using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Host.Health;

/// <summary>Ready only when the shared database answers: without it no city can be resolved.</summary>
public sealed class DatabaseHealthCheck(CentralDbContext catalog) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await catalog.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database does not answer.");
}
