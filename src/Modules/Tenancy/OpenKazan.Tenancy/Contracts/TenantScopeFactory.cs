using OpenKazan.Tenancy;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.Tenancy.Catalog;

namespace OpenKazan.Tenancy.Contracts;

/// <summary>
/// Runs work for one city outside an HTTP request (background jobs, seeding, the central team's tools):
/// a fresh DI scope whose services are created with that city current, restored when disposed.
/// </summary>
public sealed class TenantScopeFactory(IServiceScopeFactory scopeFactory, CurrentTenantAccessor accessor, ITenantStore store)
{
    public TenantScope Create(Guid tenantId)
    {
        var tenant = store.FindById(tenantId)
            ?? throw new InvalidOperationException($"City {tenantId} is not in the catalog.");
        return Create(tenant);
    }

    public TenantScope Create(TenantInfo tenant)
    {
        var restore = accessor.Use(tenant);
        return new TenantScope(tenant, scopeFactory.CreateAsyncScope(), restore);
    }
}

public sealed class TenantScope(TenantInfo tenant, AsyncServiceScope scope, IDisposable restore) : IAsyncDisposable
{
    public TenantInfo Tenant { get; } = tenant;

    public IServiceProvider Services => scope.ServiceProvider;

    public async ValueTask DisposeAsync()
    {
        await scope.DisposeAsync();
        restore.Dispose();
    }
}
