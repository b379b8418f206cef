using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Tenancy.Catalog;

/// <summary>An immutable copy of the catalog at one version; swapped whole so readers never see half an update.</summary>
internal sealed class TenantSnapshot
{
    public static TenantSnapshot Empty { get; } = new(-1, []);

    private readonly Dictionary<Guid, TenantInfo> _byId;
    private readonly Dictionary<string, TenantInfo> _bySlug;
    private readonly Dictionary<string, TenantInfo> _byHost;

    public TenantSnapshot(long version, IReadOnlyList<TenantInfo> tenants)
    {
        Version = version;
        All = tenants;
        _byId = tenants.ToDictionary(t => t.Id);
        _bySlug = tenants.ToDictionary(t => t.Slug, StringComparer.OrdinalIgnoreCase);
        _byHost = tenants
            .SelectMany(t => t.HostNames.Select(h => (Host: h, Tenant: t)))
            .ToDictionary(p => p.Host, p => p.Tenant, StringComparer.OrdinalIgnoreCase);
    }

    public long Version { get; }

    public IReadOnlyList<TenantInfo> All { get; }

    public TenantInfo? ById(Guid id) => _byId.GetValueOrDefault(id);

    public TenantInfo? BySlug(string slug) => _bySlug.GetValueOrDefault(slug);

    public TenantInfo? ByHost(string host) => _byHost.GetValueOrDefault(host);
}
