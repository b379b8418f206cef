using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using OpenKazan.Analytics.Facts;
using OpenKazan.BuildingBlocks.Persistence;

namespace OpenKazan.Analytics.ReportConstructor;

/// <summary>
/// Each city's facts held on this node as <see cref="FactColumns"/>, so a report over millions of requests is a pass
/// over arrays rather than a scan and sort on the database. The fact table stays the source of truth: before every
/// report the city's last fold number is read (one row), and when it moved on, the facts written by the folds since
/// are read again, or everything when that is a large share.
/// Every node keeps its own copy and checks it the same way, so nodes agree without talking to each other. A city
/// not reported on for half an hour is dropped from memory.
/// </summary>
internal sealed class FactStore(TimeProvider time)
{
    /// <summary>Past this many touched requests, reading the city's facts again from scratch is cheaper.</summary>
    public const int MaxCatchUp = 50_000;

    private static readonly TimeSpan IdleLimit = TimeSpan.FromMinutes(30);
    private readonly ConcurrentDictionary<Guid, CityFacts> _cities = new();

    /// <summary>
    /// Brings the cities' columns up to date and computes over them while no other report on this node changes them.
    /// </summary>
    public async Task<T> ReadAsync<T>(
        TenantScopedDbContext db, IReadOnlyList<Guid> cities, bool crossCity, Func<IReadOnlyList<FactColumns>, T> compute, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(cities);
        ArgumentNullException.ThrowIfNull(compute);
        DropIdle();
        var entries = cities.Distinct().Order().Select(city => (City: city, Facts: _cities.GetOrAdd(city, _ => new CityFacts { LastUsed = time.GetUtcNow() }))).ToList();
        var held = new List<CityFacts>();
        try
        {
            foreach (var (city, facts) in entries)
            {
                await facts.Gate.WaitAsync(ct);
                held.Add(facts);
                facts.LastUsed = time.GetUtcNow();
                await RefreshAsync(db, city, crossCity, facts, ct);
            }

            return compute(held.Select(f => f.Columns!).ToList());
        }
        finally
        {
            held.ForEach(f => f.Gate.Release());
        }
    }

    private static async Task RefreshAsync(TenantScopedDbContext db, Guid city, bool crossCity, CityFacts facts, CancellationToken ct)
    {
        // The mark is read before the facts: whatever the sync writes meanwhile is read again next time.
        var mark = await Scoped<FactWatermark>(db, city, crossCity).Select(w => (long?)w.Run).SingleOrDefaultAsync(ct) ?? 0;
        if (facts.Columns is not null && facts.Mark == mark)
        {
            return;
        }

        if (facts.Columns is null || facts.Mark is not { } since || !await CatchUpAsync(db, city, crossCity, facts.Columns, since, ct))
        {
            facts.Columns = await LoadAllAsync(db, city, crossCity, ct);
        }

        facts.Mark = mark;
    }

    private static async Task<FactColumns> LoadAllAsync(TenantScopedDbContext db, Guid city, bool crossCity, CancellationToken ct)
    {
        var columns = new FactColumns();
        await foreach (var fact in Scoped<RequestFact>(db, city, crossCity).AsAsyncEnumerable().WithCancellation(ct))
        {
            columns.Put(fact);
        }

        columns.TrimExcess();
        return columns;
    }

    /// <summary>Reads again the facts written by the folds after the mark; false when they are too many.</summary>
    private static async Task<bool> CatchUpAsync(
        TenantScopedDbContext db, Guid city, bool crossCity, FactColumns columns, long since, CancellationToken ct)
    {
        var facts = await Scoped<RequestFact>(db, city, crossCity).Where(f => f.Run > since).Take(MaxCatchUp + 1).ToListAsync(ct);
        if (facts.Count > MaxCatchUp)
        {
            return false;
        }

        facts.ForEach(columns.Put);
        return true;
    }

    private static IQueryable<T> Scoped<T>(TenantScopedDbContext db, Guid city, bool crossCity)
        where T : class, ITenantOwned => CityRows.Of<T>(db, [city], crossCity);

    private void DropIdle()
    {
        var now = time.GetUtcNow();
        foreach (var (city, facts) in _cities)
        {
            if (now - facts.LastUsed > IdleLimit && facts.Gate.Wait(0))
            {
                _cities.TryRemove(city, out _);
                facts.Gate.Release();
            }
        }
    }

    private sealed class CityFacts
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public FactColumns? Columns { get; set; }

        public long? Mark { get; set; }

        public DateTimeOffset LastUsed { get; set; }
    }
}
