using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Requests.Submit;

/// <summary>Open requests at the same building in the same category filed recently: shown before a new one is filed.</summary>
public sealed class DuplicateFinder(TenantScopedDbContext db, IOptions<RequestsOptions> options, TimeProvider time)
{
    public async Task<IReadOnlyList<PossibleDuplicate>> FindAsync(Guid buildingId, Guid categoryId, CancellationToken ct)
    {
        var since = time.GetUtcNow().UtcDateTime.AddDays(-options.Value.DuplicateWindowDays);
        var open = RequestStatuses.Open.ToList();
        var rows = await db.Set<ServiceRequest>().AsNoTracking()
            .Where(r => r.BuildingId == buildingId && r.CategoryId == categoryId && open.Contains(r.Status) && r.RegisteredAt >= since)
            .OrderByDescending(r => r.RegisteredAt)
            .Take(10)
            .ToListAsync(ct);
        return rows.Select(r => new PossibleDuplicate(r.Id, r.Number, r.Status.ToString(), r.RegisteredAt)).ToList();
    }
}
