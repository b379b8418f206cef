using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;

namespace OpenKazan.Analytics.ReportConstructor;

/// <summary>The rows a report may read: a city's through the tenant filter; the central team's cross-city rows through <see cref="CrossCityRows"/>.</summary>
internal static class CityRows
{
    public static IQueryable<T> Of<T>(TenantScopedDbContext db, IReadOnlyList<Guid> cities, bool crossCity)
        where T : class, ITenantOwned =>
        crossCity ? CrossCityRows.Of<T>(db, cities) : db.Set<T>().AsNoTracking().Where(r => cities.Contains(r.TenantId));
}
