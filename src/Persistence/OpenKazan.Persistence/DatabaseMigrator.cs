using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenKazan.Identity.Persistence;
using OpenKazan.Registry.Search;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Persistence;

/// <summary>
/// Brings every database to the current model: the shared database first, then each city that has a database
/// of its own, and the tables of the clustered job scheduler; then the data a migration cannot compute in SQL
/// (the buildings' address search keys). Run on start in Development and by the <c>migrate</c> command in production.
/// </summary>
public sealed class DatabaseMigrator(
    CatalogDbContext catalog,
    PlatformDbContext platform,
    CityDbContext sharedCity,
    ITenantStore store,
    TenantScopeFactory scopes,
    IOptions<DatabaseOptions> options)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await catalog.Database.MigrateAsync(cancellationToken);
        await platform.Database.MigrateAsync(cancellationToken);
        await QuartzSchema.ApplyAsync(platform, options.Value.Provider, cancellationToken);
        await sharedCity.Database.MigrateAsync(cancellationToken);
        await store.RefreshAsync(cancellationToken);
        foreach (var tenant in store.All.Where(t => t.Isolation.Mode == IsolationMode.OwnDatabase))
        {
            await using var scope = scopes.Create(tenant);
            await scope.Services.GetRequiredService<CityDbContext>().Database.MigrateAsync(cancellationToken);
        }

        foreach (var tenant in store.All)
        {
            await using var scope = scopes.Create(tenant);
            await scope.Services.GetRequiredService<CityDbContext>().RefreshAddressKeysAsync(cancellationToken);
        }
    }
}
