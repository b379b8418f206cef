using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Feedback.Contracts;
using OpenKazan.Identity.Contracts;
using OpenKazan.Registry.Contracts;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Host.Seeding;

/// <summary>
/// Development only: the demo resident of each city (<c>resident@{slug}.demo</c>) lives, verified, in the city's first
/// building (by code) that has a managing organisation, so the voting page works out of the box. Idempotent.
/// </summary>
public sealed class DemoResidentSeeder(IAccountDirectory accounts, ITenantStore store, TenantScopeFactory scopes)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var city in store.All.Where(c => c.Status == TenantStatus.Active))
        {
            if (await accounts.IdByEmailAsync($"resident@{city.Slug}.demo", cancellationToken) is not { } resident)
            {
                continue;
            }

            await using var scope = scopes.Create(city);
            var db = scope.Services.GetRequiredService<TenantScopedDbContext>();
            if (await db.FirstManagedBuildingAsync(cancellationToken) is { } id)
            {
                await scope.Services.GetRequiredService<IResidentAddresses>().SeedDemoAddressAsync(resident, id, cancellationToken);
            }
        }
    }
}
