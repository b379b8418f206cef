using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Tenancy;

namespace OpenKazan.Persistence;

/// <summary>
/// The city data of every module in one model: each module contributes its entity configurations from its own
/// assembly, and <see cref="TenantScopedDbContext"/> isolates the cities. Never pooled: it is bound to one city.
/// </summary>
public sealed class CityDbContext(DbContextOptions<CityDbContext> options, ICurrentTenant currentTenant)
    : TenantScopedDbContext(options, currentTenant)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        foreach (var assembly in ModuleAssemblies.WithCityData)
        {
            modelBuilder.ApplyConfigurationsFromAssembly(assembly);
        }

        base.OnModelCreating(modelBuilder);
    }
}
