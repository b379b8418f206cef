using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Requests.Domain;

namespace OpenKazan.Requests.Contracts;

/// <summary>A resident's own request, with what feedback needs to rate it and to tie the rating to its place and organisation.</summary>
public sealed record OwnRequest(Guid Id, string Number, RequestStatus Status, DateTime? ResolvedAt, Guid BuildingId, Guid? OrganisationId)
{
    /// <summary>The work is done and its moment is known, so the requester may rate it.</summary>
    public bool IsResolved => RequestStatuses.Resolved.Contains(Status) && ResolvedAt is not null;
}

/// <summary>The requests a signed-in resident filed, as other modules may read them.</summary>
public static class OwnRequestQueries
{
    public static Task<OwnRequest?> OwnRequestAsync(this TenantScopedDbContext db, string number, Guid userId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<ServiceRequest>().AsNoTracking().Where(r => r.Number == number && r.RequesterUserId == userId)
            .Select(r => new OwnRequest(r.Id, r.Number, r.Status, r.ResolvedAt, r.BuildingId, r.OrganisationId))
            .SingleOrDefaultAsync(ct);
    }

    /// <summary>The buildings of the resident's closed requests: the organisation met them at those addresses.</summary>
    public static Task<List<Guid>> ClosedRequestBuildingsAsync(this TenantScopedDbContext db, Guid userId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<ServiceRequest>()
            .Where(r => r.RequesterUserId == userId && r.Status == RequestStatus.Closed)
            .Select(r => r.BuildingId).Distinct().ToListAsync(ct);
    }
}
