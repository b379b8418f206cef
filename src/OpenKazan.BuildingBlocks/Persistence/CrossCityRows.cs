using Microsoft.EntityFrameworkCore;

namespace OpenKazan.BuildingBlocks.Persistence;

/// <summary>
/// The one place where the city filter of <see cref="TenantScopedDbContext"/> is set aside: the central team's
/// explicit cross-city views read the rows of the cities they name, never more, and never to change them. Only the
/// tenant filter is lifted; any other filter still applies. A test keeps every other file of src/ from lifting it.
/// </summary>
public static class CrossCityRows
{
    public static IQueryable<T> Of<T>(TenantScopedDbContext db, IReadOnlyCollection<Guid> cities)
        where T : class, ITenantOwned
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(cities);
        return db.Set<T>().IgnoreQueryFilters([TenantScopedDbContext.TenantFilterName]).AsNoTracking().Where(r => cities.Contains(r.TenantId));
    }
}
