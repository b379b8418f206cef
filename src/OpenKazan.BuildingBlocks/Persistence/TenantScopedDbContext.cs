using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using OpenKazan.BuildingBlocks.Tenancy;

namespace OpenKazan.BuildingBlocks.Persistence;

/// <summary>
/// The one place where tenant isolation of city data is enforced: a named query filter on every
/// <see cref="ITenantOwned"/> entity, the tenant stamped on new rows, and a refusal to save rows of another
/// tenant or rows without one. The filter reads <see cref="CurrentTenantId"/>, a member of this instance,
/// because EF Core caches the model across instances (a captured value would leak the first tenant).
/// </summary>
public abstract class TenantScopedDbContext(DbContextOptions options, ICurrentTenant currentTenant) : DbContext(options)
{
    public const string TenantFilterName = "Tenant";

    private static readonly MethodInfo ApplyFilterMethod = typeof(TenantScopedDbContext)
        .GetMethod(nameof(ApplyTenantFilter), BindingFlags.NonPublic | BindingFlags.Instance)!;

    /// <summary>Fixed at construction: a context never changes city during its life.</summary>
    public Guid CurrentTenantId { get; } = currentTenant.Id ?? Guid.Empty;

    public bool HasTenant => CurrentTenantId != Guid.Empty;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        base.OnModelCreating(modelBuilder);
        foreach (var entityType in modelBuilder.Model.GetEntityTypes()
                     .Where(t => t.BaseType is null && !t.IsOwned() && typeof(ITenantOwned).IsAssignableFrom(t.ClrType)))
        {
            ApplyFilterMethod.MakeGenericMethod(entityType.ClrType).Invoke(this, [modelBuilder]);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    private void ApplyTenantFilter<TEntity>(ModelBuilder modelBuilder)
        where TEntity : class, ITenantOwned
    {
        Expression<Func<TEntity, bool>> filter = e => e.TenantId == CurrentTenantId;
        var entity = modelBuilder.Entity<TEntity>();
        entity.HasQueryFilter(TenantFilterName, filter);
        entity.HasIndex(e => e.TenantId);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampAndCheckTenant();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampAndCheckTenant();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void StampAndCheckTenant()
    {
        foreach (var entry in ChangeTracker.Entries<ITenantOwned>())
        {
            CheckEntry(entry);
        }
    }

    private void CheckEntry(EntityEntry<ITenantOwned> entry)
    {
        if (entry.State is EntityState.Unchanged or EntityState.Detached)
        {
            return;
        }

        if (!HasTenant)
        {
            throw new TenantIsolationException(
                $"Cannot save {entry.Metadata.ClrType.Name}: this unit of work has no city.");
        }

        if (entry.State == EntityState.Added && entry.Entity.TenantId == Guid.Empty)
        {
            entry.Entity.TenantId = CurrentTenantId;
        }

        var original = entry.State == EntityState.Added
            ? entry.Entity.TenantId
            : (Guid)entry.Property(nameof(ITenantOwned.TenantId)).OriginalValue!;
        if (entry.Entity.TenantId != CurrentTenantId || original != CurrentTenantId)
        {
            throw new TenantIsolationException(
                $"Cannot save {entry.Metadata.ClrType.Name} of another city in this unit of work.");
        }
    }
}
