using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.BuildingBlocks.Caching;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Tenancy.Catalog;

/// <summary>
/// The per-node cache of the catalog. It holds no request state: only an immutable snapshot that is replaced
/// when the database's catalog version moves on. The version is the cluster's invalidation signal: a node that
/// installs a newer snapshot also drops every <see cref="CityCache"/> entry it holds.
/// </summary>
internal sealed class CachedTenantStore(IServiceScopeFactory scopeFactory, HybridCache cache) : ITenantStore
{
    private TenantSnapshot _snapshot = TenantSnapshot.Empty;

    public long Version => Volatile.Read(ref _snapshot).Version;

    public IReadOnlyList<TenantInfo> All => Volatile.Read(ref _snapshot).All;

    public TenantInfo? FindById(Guid id) => Volatile.Read(ref _snapshot).ById(id);

    public TenantInfo? FindBySlug(string slug) => Volatile.Read(ref _snapshot).BySlug(slug);

    public TenantInfo? FindByHostName(string hostName) => Volatile.Read(ref _snapshot).ByHost(hostName);

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        var version = await db.Versions.AsNoTracking()
            .Where(v => v.Id == CatalogVersion.SingletonId)
            .Select(v => v.Version)
            .FirstOrDefaultAsync(cancellationToken);
        if (version == Volatile.Read(ref _snapshot).Version)
        {
            return;
        }

        var rows = await db.Tenants.AsNoTracking().OrderBy(t => t.Slug).ToListAsync(cancellationToken);
        var fresh = new TenantSnapshot(version, rows.Select(r => TenantJson.Parse(r.DefinitionJson) with { Status = r.Status }).ToList());
        if (Install(fresh))
        {
            await cache.RemoveByTagAsync(CityCache.CatalogTag, cancellationToken);
        }
    }

    /// <summary>Two refreshes may race (the watcher and a writer); the newer version always wins.</summary>
    private bool Install(TenantSnapshot fresh)
    {
        var current = _snapshot;
        while (fresh.Version > current.Version)
        {
            var seen = Interlocked.CompareExchange(ref _snapshot, fresh, current);
            if (ReferenceEquals(seen, current))
            {
                return true;
            }

            current = seen;
        }

        return false;
    }
}
