using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Requests.Domain;

namespace OpenKazan.Requests.Contracts;

/// <summary>
/// The columns of a request that may be published or counted (no requester's name or contacts, flat or description;
/// only whether the requester was a person or a legal entity). A class with settable members, not a positional record,
/// so that a query over it still translates to SQL when filtered, ordered, paged and joined.
/// </summary>
public sealed class PublicRequestRow
{
    public Guid Id { get; init; }

    public required string Number { get; init; }

    public RequestStatus Status { get; init; }

    public RequestPriority Priority { get; init; }

    public RequestChannel Channel { get; init; }

    public RequesterKind RequesterKind { get; init; }

    public Guid CategoryId { get; init; }

    public Guid BuildingId { get; init; }

    public Guid? OrganisationId { get; init; }

    public DateTime RegisteredAt { get; init; }

    public DateTime? ResolvedAt { get; init; }

    public DateTime? ClosedAt { get; init; }

    public int ReopenCount { get; init; }
}

/// <summary>A building's count of open requests.</summary>
public sealed record BuildingOpenCount(Guid BuildingId, int Open);

/// <summary>The city's requests as the public (open data, the map) may see them.</summary>
public static class PublicRequestQueries
{
    /// <summary>Every request as a <see cref="PublicRequestRow"/>, still a query: the caller filters and pages it in the database.</summary>
    public static IQueryable<PublicRequestRow> PublicRequestRows(this TenantScopedDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<ServiceRequest>().AsNoTracking().Select(r => new PublicRequestRow
        {
            Id = r.Id, Number = r.Number, Status = r.Status, Priority = r.Priority, Channel = r.Channel, RequesterKind = r.RequesterKind,
            CategoryId = r.CategoryId,
            BuildingId = r.BuildingId, OrganisationId = r.OrganisationId, RegisteredAt = r.RegisteredAt, ResolvedAt = r.ResolvedAt,
            ClosedAt = r.ClosedAt, ReopenCount = r.ReopenCount,
        });
    }

    /// <summary>The open requests per building, grouped by the database.</summary>
    public static Task<List<BuildingOpenCount>> OpenRequestsByBuildingAsync(this TenantScopedDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var open = RequestStatuses.Open.ToList();
        return db.Set<ServiceRequest>().AsNoTracking()
            .Where(r => open.Contains(r.Status))
            .GroupBy(r => r.BuildingId)
            .Select(g => new BuildingOpenCount(g.Key, g.Count()))
            .ToListAsync(ct);
    }
}
