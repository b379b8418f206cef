using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Catalog;

namespace OpenKazan.Tenancy.Contracts;

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
