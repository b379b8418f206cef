using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Requests.Domain;

namespace OpenKazan.Requests.Contracts;

/// <summary>
/// The city's request number counters (one per local year) as a bulk writer of requests continues them: it reads the
/// last numbers given out, numbers its requests on from there, and moves the counters past them so that the next live
/// request follows on instead of colliding.
/// </summary>
public static class RequestNumberCounters
{
    /// <summary>The last number given out in each year that has one.</summary>
    public static Task<Dictionary<int, long>> LastRequestNumbersAsync(this TenantScopedDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<RequestNumberCounter>().AsNoTracking().ToDictionaryAsync(c => c.Year, c => c.Last, ct);
    }

    /// <summary>Saves each year's counter at the given last number, or higher when intake has given out more meanwhile.</summary>
    public static async Task MoveRequestNumbersPastAsync(this TenantScopedDbContext db, IReadOnlyDictionary<int, long> lastByYear, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(lastByYear);
        var stored = await db.Set<RequestNumberCounter>().ToDictionaryAsync(c => c.Year, ct);
        foreach (var (year, last) in lastByYear)
        {
            if (stored.TryGetValue(year, out var counter))
            {
                counter.Last = Math.Max(counter.Last, last);
            }
            else
            {
                db.Add(new RequestNumberCounter { Year = year, Last = last });
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
