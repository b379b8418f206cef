using Microsoft.EntityFrameworkCore;
using OpenKazan.Analytics.Facts;
using OpenKazan.BuildingBlocks.Persistence;

namespace OpenKazan.Analytics.ReportConstructor;

/// <summary>The report computed in memory from the scoped fact rows: the engine for SQLite and SQL Server.</summary>
internal static class InMemoryReport
{
    public static async Task<GroupedValues> RunAsync(
        TenantScopedDbContext db, ReportQuery query, ReportScope scope, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var facts = await Scoped(db, scope).Where(f => f.RegisteredOn >= from && f.RegisteredOn <= to).ToListAsync(ct);
        return Group(facts.Select(FactRow.From), query);
    }

    /// <summary>Filters and groups rows by the query's dimensions and computes its measures per group.</summary>
    public static GroupedValues Group(IEnumerable<FactRow> rows, ReportQuery query)
    {
        var groups = rows.Where(r => query.Filters.All(f => f.Values.Contains(f.Dimension.Key(r) ?? string.Empty, StringComparer.Ordinal)))
            .GroupBy(r => string.Join(ReportEngine.KeySeparator, query.Dimensions.Select(d => d.Key(r) ?? string.Empty)), StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g =>
                {
                    var members = g.ToList();
                    IReadOnlyList<string> keys = query.Dimensions.Select(d => d.Key(members[0]) ?? string.Empty).ToList();
                    return (keys, query.Measures.Select(m => m.Compute(members)).ToArray());
                },
                StringComparer.Ordinal);
        if (query.Dimensions.Count == 0 && groups.Count == 0)
        {
            // One total row even over no requests, as a GROUP BY-less SELECT answers on PostgreSQL.
            groups[string.Empty] = ([], query.Measures.Select(m => m.Compute([])).ToArray());
        }

        return new GroupedValues(groups);
    }

    /// <summary>A city's rows through the tenant filter; the central team's cross-city rows, explicitly, without it.</summary>
    private static IQueryable<RequestFact> Scoped(TenantScopedDbContext db, ReportScope scope)
    {
        var facts = scope.CrossCity ? db.Set<RequestFact>().IgnoreQueryFilters() : db.Set<RequestFact>();
        var cities = scope.Cities;
        facts = facts.AsNoTracking().Where(f => cities.Contains(f.TenantId));
        return scope.OrganisationId is { } org ? facts.Where(f => f.OrganisationId == org) : facts;
    }
}
