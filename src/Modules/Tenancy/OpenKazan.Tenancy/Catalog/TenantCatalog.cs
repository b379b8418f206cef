using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Caching;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Tenancy.Catalog;

/// <summary>
/// Changes the catalog of cities. Every change bumps the catalog version in the same transaction; the version is
/// also bumped alone when a city's cached values that live outside the catalog change (see <see cref="CityCache"/>).
/// </summary>
public sealed class TenantCatalog(CatalogDbContext db, ITenantStore store, TimeProvider timeProvider) : ICityChangeSignal, ICityCatalog
{
    public async Task<TenantInfo> UpsertAsync(TenantInfo tenant, TenantLogo? logo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var row = await db.Tenants.Include(t => t.HostNames).FirstOrDefaultAsync(t => t.Id == tenant.Id, cancellationToken);
        if (row is null)
        {
            row = new CatalogTenant { Id = tenant.Id, Slug = tenant.Slug, DefinitionJson = string.Empty, CreatedAt = now };
            db.Tenants.Add(row);
        }

        row.Slug = tenant.Slug;
        row.Status = tenant.Status;
        row.DefinitionJson = TenantJson.Write(tenant);
        row.UpdatedAt = now;
        if (logo is not null)
        {
            row.Logo = logo.Content;
            row.LogoContentType = logo.ContentType;
        }

        row.HostNames.RemoveAll(h => !tenant.HostNames.Contains(h.HostName, StringComparer.OrdinalIgnoreCase));
        foreach (var host in tenant.HostNames.Where(h => row.HostNames.TrueForAll(x => !x.HostName.Equals(h, StringComparison.OrdinalIgnoreCase))))
        {
            row.HostNames.Add(new CatalogHostName { HostName = host.ToLowerInvariant(), TenantId = tenant.Id });
        }

        await db.SaveChangesAsync(cancellationToken);
        await BumpVersionAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await store.RefreshAsync(cancellationToken);
        return tenant;
    }

    public async Task<bool> SetStatusAsync(Guid tenantId, TenantStatus status, CancellationToken cancellationToken)
    {
        var tenant = store.FindById(tenantId);
        if (tenant is null)
        {
            return false;
        }

        await UpsertAsync(tenant with { Status = status }, logo: null, cancellationToken);
        return true;
    }

    public async Task CityChangedAsync(Guid cityId, CancellationToken cancellationToken)
    {
        await BumpVersionAsync(cancellationToken);
        await store.RefreshAsync(cancellationToken);
    }

    public async Task<TenantLogo?> GetLogoAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var row = await db.Tenants.AsNoTracking()
            .Where(t => t.Id == tenantId && t.Logo != null)
            .Select(t => new { t.Logo, t.LogoContentType })
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : new TenantLogo(row.Logo!, row.LogoContentType ?? "image/svg+xml");
    }

    private Task<int> BumpVersionAsync(CancellationToken cancellationToken) =>
        db.Versions.Where(v => v.Id == CatalogVersion.SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Version, v => v.Version + 1), cancellationToken);
}
