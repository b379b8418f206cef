using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Requests.Domain;

namespace OpenKazan.Requests.Contracts;

/// <summary>
/// A request as a channel that publishes requests to its own clients reads it (Open311): the public columns with the
/// description, the resolution report and the resident's language, which the channel shows only where the resident
/// agreed to publication. No requester, phone or flat. A class with settable members, not a positional record, so that
/// a query over it still translates to SQL when filtered, paged and joined to the channel's own tables.
/// </summary>
public sealed class PublishedRequestRow
{
    public Guid Id { get; init; }

    public required string Number { get; init; }

    public RequestStatus Status { get; init; }

    public RequestPriority Priority { get; init; }

    public RequestChannel Channel { get; init; }

    public Guid CategoryId { get; init; }

    public Guid BuildingId { get; init; }

    public Guid? OrganisationId { get; init; }

    public DateTime RegisteredAt { get; init; }

    public required string Description { get; init; }

    public string? ResolutionReport { get; init; }

    /// <summary>The language the resident wrote in, which the request's own words are told in.</summary>
    public required string Culture { get; init; }
}

/// <summary>One line of a request's history as a channel publishes it: what happened, when, the status it moved to, in which capacity and why.</summary>
public sealed class RequestHistoryRow
{
    public Guid Id { get; init; }

    public Guid RequestId { get; init; }

    public DateTime At { get; init; }

    public required string Kind { get; init; }

    public RequestStatus? ToStatus { get; init; }

    /// <summary>The <see cref="Contracts.ActorRole"/> the actor acted in, by name.</summary>
    public required string ActorRole { get; init; }

    public string? Reason { get; init; }
}

/// <summary>When one stage of a request is due.</summary>
public sealed class StageDeadlineRow
{
    public Guid RequestId { get; init; }

    public required string Stage { get; init; }

    public DateTime DueAt { get; init; }
}

/// <summary>The city's requests, their history and their stage deadlines as queries a publishing channel composes into its own.</summary>
public static class PublishedRequestQueries
{
    public static IQueryable<PublishedRequestRow> PublishedRequestRows(this TenantScopedDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<ServiceRequest>().AsNoTracking().Select(r => new PublishedRequestRow
        {
            Id = r.Id, Number = r.Number, Status = r.Status, Priority = r.Priority, Channel = r.Channel, CategoryId = r.CategoryId,
            BuildingId = r.BuildingId, OrganisationId = r.OrganisationId, RegisteredAt = r.RegisteredAt, Description = r.Description,
            ResolutionReport = r.ResolutionReport, Culture = r.Culture,
        });
    }

    public static IQueryable<RequestHistoryRow> RequestHistoryRows(this TenantScopedDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<RequestEvent>().AsNoTracking().Select(e => new RequestHistoryRow
        {
            Id = e.Id, RequestId = e.RequestId, At = e.At, Kind = e.Kind, ToStatus = e.ToStatus, ActorRole = e.ActorRole, Reason = e.Reason,
        });
    }

    /// <summary>The requests' deadlines of one stage (<c>SlaStages</c>), to join to the requests in one query.</summary>
    public static IQueryable<StageDeadlineRow> StageDeadlineRows(this TenantScopedDbContext db, string stage)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<RequestDeadline>().AsNoTracking().Where(d => d.Stage == stage)
            .Select(d => new StageDeadlineRow { RequestId = d.RequestId, Stage = d.Stage, DueAt = d.DueAt });
    }
}
