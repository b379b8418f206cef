using Microsoft.EntityFrameworkCore;

namespace OpenKazan.BuildingBlocks.Persistence;

/// <summary>
/// The rows a report may read: a city's through the tenant filter; the central team's cross-city rows through
/// <see cref="CrossCityRows"/>. Shared so that a module's contract can hand out its rows for either scope.
/// </summary>
public static class CityRows
{
    public static IQueryable<T> Of<T>(TenantScopedDbContext db, IReadOnlyCollection<Guid> cities, bool crossCity)
        where T : class, ITenantOwned
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(cities);
        return crossCity ? CrossCityRows.Of<T>(db, cities) : db.Set<T>().AsNoTracking().Where(r => cities.Contains(r.TenantId));
    }
}
