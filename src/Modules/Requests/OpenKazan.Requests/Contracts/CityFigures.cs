using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Requests.Domain;

namespace OpenKazan.Requests.Contracts;

/// <summary>What a city's home page tells its residents: requests filed and resolved in the overview window, and open now.</summary>
public sealed record CityFigures(int Filed, int Resolved, int Open);

public static class CityFiguresQuery
{
    /// <summary>Three counts, each read from its own index, whatever the city's volume; the page that shows them is cached.</summary>
    public static async Task<CityFigures> CityFiguresAsync(this TenantScopedDbContext db, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var windowStarts = OverviewWindow.StartsAt(now);
        var requests = db.Set<ServiceRequest>().AsNoTracking();
        var filed = await requests.CountAsync(r => r.RegisteredAt >= windowStarts, ct);
        var resolved = await requests.CountAsync(r => r.ResolvedAt != null && r.ResolvedAt >= windowStarts, ct);
        var open = await requests.CountAsync(r => r.InQueue, ct);
        return new CityFigures(filed, resolved, open);
    }
}
