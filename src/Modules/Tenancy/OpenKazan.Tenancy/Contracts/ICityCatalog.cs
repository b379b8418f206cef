namespace OpenKazan.Tenancy.Contracts;

/// <summary>
/// The central team's changes to the catalog of cities. Every change reaches all nodes within the catalog poll
/// interval, without a restart.
/// </summary>
public interface ICityCatalog
{
    /// <summary>Adds the city or replaces its definition; the logo is kept when <paramref name="logo"/> is null.</summary>
    Task<TenantInfo> UpsertAsync(TenantInfo tenant, TenantLogo? logo, CancellationToken cancellationToken);

    /// <summary>Moves a city to another status; false when there is no such city.</summary>
    Task<bool> SetStatusAsync(Guid tenantId, TenantStatus status, CancellationToken cancellationToken);

    Task<TenantLogo?> GetLogoAsync(Guid tenantId, CancellationToken cancellationToken);
}
