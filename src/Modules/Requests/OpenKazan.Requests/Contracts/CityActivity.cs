using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Requests.Domain;

namespace OpenKazan.Requests.Contracts;

/// <summary>
/// A city's requests in the <see cref="OverviewWindow"/> as the central team's list of cities shows them: how many were
/// registered, how many stage deadlines fell due and how many of those were met in time.
/// </summary>
public sealed record CityActivity(int Registered, int StagesDue, int StagesMet);

/// <summary>What the central team reads of one city's requests, inside that city's scope.</summary>
public static class CityActivityQueries
{
    /// <summary>A stage counts once it is due in the window: met if completed by its due time.</summary>
    public static async Task<CityActivity> CityActivityAsync(this TenantScopedDbContext db, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var since = OverviewWindow.StartsAt(now);
        var registered = await db.Set<ServiceRequest>().CountAsync(r => r.RegisteredAt >= since, ct);
        var due = db.Set<RequestDeadline>().Where(d => d.DueAt >= since && d.DueAt <= now);
        var dueCount = await due.CountAsync(ct);
        var met = await due.CountAsync(d => d.CompletedAt != null && d.CompletedAt <= d.DueAt, ct);
        return new CityActivity(registered, dueCount, met);
    }

    /// <summary>When the city's first request was registered (a test request counts), or null while it has none.</summary>
    public static Task<DateTime?> FirstRequestRegisteredAtAsync(this TenantScopedDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<ServiceRequest>().OrderBy(r => r.RegisteredAt).Select(r => (DateTime?)r.RegisteredAt).FirstOrDefaultAsync(ct);
    }
}
