using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OpenKazan.BuildingBlocks.Caching;

namespace OpenKazan.BuildingBlocks.Persistence;

/// <summary>
/// The one place that notices a change of a city's public data, whichever write path made it: the cities of the
/// <see cref="IPublicCityData"/> rows a save adds, changes or deletes are noted before it and evicted after it
/// succeeded (never before the rows are there, so a visitor cannot re-cache the old page). Bulk updates that bypass
/// the change tracker are left to the cache period.
/// </summary>
public sealed class PublicDataChangesInterceptor(IPublicOutputEviction eviction) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, HashSet<Guid>> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData?.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData?.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Evict(eventData?.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Evict(eventData?.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData?.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData?.Context);
        return Task.CompletedTask;
    }

    private void Note(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var cities = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity is IPublicCityData and ITenantOwned owned ? owned.TenantId : Guid.Empty)
            .Where(city => city != Guid.Empty)
            .ToHashSet();
        if (cities.Count > 0)
        {
            _pending.AddOrUpdate(context, cities);
        }
    }

    private void Evict(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var cities))
        {
            _pending.Remove(context);
            foreach (var city in cities)
            {
                eviction.CityChanged(city);
            }
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
        }
    }
}
