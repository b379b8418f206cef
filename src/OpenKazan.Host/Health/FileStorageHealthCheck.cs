using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenKazan.BuildingBlocks.Files;

namespace OpenKazan.Host.Health;

public sealed class FileStorageHealthCheck(IFileStore files) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await files.CheckAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Azure.RequestFailedException)
        {
            return HealthCheckResult.Unhealthy("File storage does not answer.", ex);
        }
    }
}
