using OpenKazan.Tenancy.Catalog;
namespace OpenKazan.Tenancy.Contracts;

/// <summary>Reads the catalog of cities. Lookups are served from a per-node cache kept fresh by the catalog watcher.</summary>
public interface ITenantStore
{
    long Version { get; }

    IReadOnlyList<TenantInfo> All { get; }

    TenantInfo? FindById(Guid id);

    TenantInfo? FindBySlug(string slug);

    TenantInfo? FindByHostName(string hostName);

    /// <summary>Reloads from the database if the catalog version there differs from the cached one.</summary>
    Task RefreshAsync(CancellationToken cancellationToken);
}
