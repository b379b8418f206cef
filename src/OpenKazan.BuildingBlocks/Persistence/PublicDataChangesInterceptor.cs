using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OpenKazan.BuildingBlocks.Caching;

namespace OpenKazan.BuildingBlocks.Persistence;

/// <summary>
/// The one place that notices a change of a city's public data, whichever write path made it: the cities of the
/// <see cref="IPublicCityData"/> rows a save adds, changes or deletes are noted before it and evicted after it
/// succeeded (never before the rows are there, so a visitor cannot re-cache the old page); so are the requests of the
/// <see cref="IPublicRequestData"/> rows, whose own answers are evicted at once. Bulk updates that bypass the change
/// tracker are left to the cache period.
/// </summary>
public sealed class PublicDataChangesInterceptor(IPublicOutputEviction eviction) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, Changes> _pending = [];

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

        var changes = new Changes();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            if (entry.Entity is IPublicCityData and ITenantOwned owned && owned.TenantId != Guid.Empty)
            {
                changes.Cities.Add(owned.TenantId);
            }

            if (entry.Entity is IPublicRequestData shown && shown.RequestId != Guid.Empty)
            {
                changes.Requests.Add(shown.RequestId);
            }
        }

        if (changes.Cities.Count > 0 || changes.Requests.Count > 0)
        {
            _pending.AddOrUpdate(context, changes);
        }
    }

    private void Evict(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var changes))
        {
            _pending.Remove(context);
            foreach (var request in changes.Requests)
            {
                eviction.RequestChanged(request);
            }

            foreach (var city in changes.Cities)
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

    private sealed class Changes
    {
        public HashSet<Guid> Cities { get; } = [];

        public HashSet<Guid> Requests { get; } = [];
    }
}
