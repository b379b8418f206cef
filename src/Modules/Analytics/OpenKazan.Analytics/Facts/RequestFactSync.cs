using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Tenancy;
using OpenKazan.Feedback.Domain;
using OpenKazan.Registry.Domain;
using OpenKazan.Requests.Domain;

namespace OpenKazan.Analytics.Facts;

/// <summary>
/// Folds the request history into <see cref="RequestFact"/> rows incrementally: every request with an event since the
/// city's watermark is rebuilt from its current state, then the watermark moves on. Rebuilding is idempotent, so
/// events read twice are simply applied again. Ratings are folded the same way from their own watermark, since rating
/// a request changes its feedback row, not its history.
/// </summary>
/// <remarks>
/// An event's time is stamped before its transaction commits, so an event may become visible after later-stamped
/// ones were folded. The watermark therefore never passes the run's start minus <see cref="CommitLag"/>: every run
/// reads that window again, and an event committed late is folded by the next run.
/// </remarks>
public sealed class RequestFactSync(TenantScopedDbContext db, ICurrentTenant tenant, TimeProvider time)
{
    public const int BatchSize = 2000;

    /// <summary>Longer than any transaction that writes history, and than the clock difference between nodes.</summary>
    public static readonly TimeSpan CommitLag = TimeSpan.FromMinutes(10);

    /// <summary>Applies all pending history and ratings; returns how many requests were rebuilt.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var watermark = await db.Set<FactWatermark>().SingleOrDefaultAsync(ct);
        if (watermark is null)
        {
            watermark = new FactWatermark { EventsFrom = DateTime.MinValue, FeedbackFrom = DateTime.MinValue };
            db.Add(watermark);
        }

        var settled = time.GetUtcNow().UtcDateTime - CommitLag;
        var rebuilt = await FoldAsync(
            watermark,
            from => db.Set<RequestEvent>().AsNoTracking().Where(e => e.At >= from).OrderBy(e => e.At).Select(e => new Change(e.RequestId, e.At)),
            w => w.EventsFrom,
            (w, next) => w.EventsFrom = next,
            settled,
            ct);
        return rebuilt + await FoldAsync(
            watermark,
            from => db.Set<RequestFeedback>().AsNoTracking().Where(f => f.UpdatedAt >= from).OrderBy(f => f.UpdatedAt).Select(f => new Change(f.RequestId, f.UpdatedAt)),
            w => w.FeedbackFrom,
            (w, next) => w.FeedbackFrom = next,
            settled,
            ct);
    }

    /// <summary>
    /// Rebuilds the requests touched by changes at or after one watermark, a batch at a time, moving it on but never
    /// past <paramref name="settled"/> (see the remarks on the class) and never back.
    /// </summary>
    private async Task<int> FoldAsync(
        FactWatermark watermark, Func<DateTime, IQueryable<Change>> changesFrom, Func<FactWatermark, DateTime> read,
        Action<FactWatermark, DateTime> move, DateTime settled, CancellationToken ct)
    {
        var rebuilt = 0;
        var cursor = read(watermark);
        while (true)
        {
            var batch = await changesFrom(cursor).Take(BatchSize).ToListAsync(ct);
            var next = batch.Count == 0 ? cursor : batch[^1].At;
            rebuilt += await RebuildAsync(batch.Select(e => e.RequestId).Distinct().ToList(), ct);
            var done = batch.Count < BatchSize || next == cursor;
            // A full batch of one instant cannot be paged past by time: the watermark stays on it.
            var reached = batch.Count < BatchSize ? settled : Min(next, settled);
            move(watermark, Max(read(watermark), reached));
            cursor = next;
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            db.Attach(watermark);
            if (done)
            {
                return rebuilt;
            }
        }
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    /// <summary>Rebuilds the facts of the given requests from their current state.</summary>
    public async Task<int> RebuildAsync(IReadOnlyList<Guid> requestIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(requestIds);
        if (requestIds.Count == 0)
        {
            return 0;
        }

        var requests = await db.Set<ServiceRequest>().AsNoTracking().Where(r => requestIds.Contains(r.Id)).ToListAsync(ct);
        var stages = (await db.Set<StageDuration>().AsNoTracking().Where(s => requestIds.Contains(s.RequestId)).ToListAsync(ct))
            .ToLookup(s => s.RequestId);
        var scores = await db.Set<RequestFeedback>().AsNoTracking().Where(f => requestIds.Contains(f.RequestId))
            .ToDictionaryAsync(f => f.RequestId, f => f.Score, ct);
        var existing = await db.Set<RequestFact>().Where(f => requestIds.Contains(f.RequestId)).ToDictionaryAsync(f => f.RequestId, ct);
        var lookups = await LoadLookupsAsync(requests, ct);
        foreach (var request in requests)
        {
            var fact = RequestFacts.From(request, stages[request.Id], scores.TryGetValue(request.Id, out var score) ? score : null, lookups);
            if (existing.TryGetValue(request.Id, out var row))
            {
                db.Entry(row).CurrentValues.SetValues(fact);
            }
            else
            {
                db.Add(fact);
            }
        }

        return requests.Count;
    }

    private async Task<FactLookups> LoadLookupsAsync(List<ServiceRequest> requests, CancellationToken ct)
    {
        var buildingIds = requests.Select(r => r.BuildingId).Distinct().ToList();
        var districts = await db.Set<Building>().AsNoTracking().Where(b => buildingIds.Contains(b.Id))
            .ToDictionaryAsync(b => b.Id, b => b.DistrictId, ct);
        var types = await db.Set<Organisation>().AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Type, ct);
        var groups = await db.Set<ServiceCategory>().AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Group, ct);
        return new FactLookups(districts, types, groups, tenant.Tenant?.TimeZone ?? TimeZoneInfo.Utc);
    }
}

/// <summary>A request touched at a moment: by a history event or by its rating.</summary>
internal sealed record Change(Guid RequestId, DateTime At);
