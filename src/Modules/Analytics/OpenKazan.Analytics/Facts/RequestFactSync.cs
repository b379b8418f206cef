using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Tenancy;
using OpenKazan.Feedback.Contracts;
using OpenKazan.Registry.Contracts;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Analytics.Facts;

/// <summary>
/// Folds request changes into <see cref="RequestFact"/> rows: every request with a pending change (written with each
/// history event and rating, taken through <see cref="RequestChanges"/>) is rebuilt from its current state as Requests',
/// Feedback's and Registry's contracts read it, and the changes taken are deleted in the same transaction. No time
/// watermark is involved, so a change whose transaction commits late is taken by the next run whatever its time.
/// Rebuilding is idempotent, so a change taken twice is harmless.
/// </summary>
public sealed class RequestFactSync(TenantScopedDbContext db, ICurrentTenant tenant)
{
    public const int BatchSize = 2000;

    private const int Attempts = 3;

    /// <summary>Applies all pending changes; returns how many requests were rebuilt.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var rebuilt = 0;
        while (await FoldBatchWithRetryAsync(ct) is { } folded)
        {
            rebuilt += folded.Rebuilt;
            if (!folded.More)
            {
                break;
            }
        }

        return rebuilt;
    }

    /// <summary>Another fold of the same city committed first (the run number moved): start the batch again.</summary>
    private async Task<Folded?> FoldBatchWithRetryAsync(CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await FoldBatchAsync(ct);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Takes one batch of changes and rebuilds their requests as the next run; null when nothing is pending.</summary>
    private async Task<Folded?> FoldBatchAsync(CancellationToken ct)
    {
        var changed = await db.TakeRequestChangesAsync(BatchSize, ct);
        if (changed.Count == 0)
        {
            return null;
        }

        var watermark = await db.Set<FactWatermark>().SingleOrDefaultAsync(ct);
        if (watermark is null)
        {
            watermark = new FactWatermark();
            db.Add(watermark);
        }

        watermark.Run++;
        var rebuilt = await RebuildAsync([.. changed.Distinct()], watermark.Run, ct);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return new Folded(rebuilt, changed.Count == BatchSize);
    }

    /// <summary>Rebuilds the facts of the given requests from their current state, stamped with the run.</summary>
    private async Task<int> RebuildAsync(IReadOnlyList<Guid> requestIds, long run, CancellationToken ct)
    {
        var requests = await db.PublicRequestRows().Where(r => requestIds.Contains(r.Id)).ToListAsync(ct);
        var stages = (await db.MetStageRows().Where(s => requestIds.Contains(s.RequestId)).ToListAsync(ct)).ToLookup(s => s.RequestId);
        var scores = await db.RatingScoreRows().Where(f => requestIds.Contains(f.RequestId)).ToDictionaryAsync(f => f.RequestId, f => f.Score, ct);
        var existing = await db.Set<RequestFact>().Where(f => requestIds.Contains(f.RequestId)).ToDictionaryAsync(f => f.RequestId, ct);
        var lookups = await LoadLookupsAsync(requests, ct);
        foreach (var request in requests)
        {
            var fact = RequestFacts.From(request, stages[request.Id], scores.TryGetValue(request.Id, out var score) ? score : null, lookups);
            fact.Run = run;
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

    private async Task<FactLookups> LoadLookupsAsync(List<PublicRequestRow> requests, CancellationToken ct)
    {
        var buildingIds = requests.Select(r => r.BuildingId).Distinct().ToList();
        var districts = await db.BuildingPlaces().Where(b => buildingIds.Contains(b.Id)).Select(b => new { b.Id, b.DistrictId })
            .ToDictionaryAsync(b => b.Id, b => b.DistrictId, ct);
        var types = await db.OrganisationLabels().Select(o => new { o.Id, o.Type }).ToDictionaryAsync(o => o.Id, o => o.Type, ct);
        var groups = await db.CategoryLabels().Select(c => new { c.Id, c.Group }).ToDictionaryAsync(c => c.Id, c => c.Group, ct);
        return new FactLookups(db.CurrentTenantId, districts, types, groups, tenant.Tenant?.TimeZone ?? TimeZoneInfo.Utc);
    }
}

/// <summary>What one batch did: how many requests it rebuilt and whether more changes may be pending.</summary>
internal sealed record Folded(int Rebuilt, bool More);
