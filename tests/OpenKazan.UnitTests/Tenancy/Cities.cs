using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.UnitTests.Tenancy;

internal static class Cities
{
    public static TenantInfo Kazan { get; } = Make("kazan", TenantStatus.Active, "okazan.example.org");

    public static TenantInfo Grozny { get; } = Make("grozny", TenantStatus.Active);

    public static TenantInfo Make(string slug, TenantStatus status, params string[] hosts) => new()
    {
        Id = Guid.NewGuid(),
        Slug = slug,
        Names = new Dictionary<string, string> { ["ru"] = slug },
        HostNames = hosts,
        Status = status,
        RequestNumberPrefix = "T",
    };

    /// <summary>A catalog that never changes: enough to exercise the strategies.</summary>
    internal sealed class FixedStore(params TenantInfo[] tenants) : ITenantStore
    {
        public long Version => 1;

        public IReadOnlyList<TenantInfo> All => tenants;

        public TenantInfo? FindById(Guid id) => tenants.FirstOrDefault(t => t.Id == id);

        public TenantInfo? FindBySlug(string slug) => tenants.FirstOrDefault(t => t.Slug.Equals(slug, StringComparison.OrdinalIgnoreCase));

        public TenantInfo? FindByHostName(string hostName) =>
            tenants.FirstOrDefault(t => t.HostNames.Contains(hostName, StringComparer.OrdinalIgnoreCase));

        public Task RefreshAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
