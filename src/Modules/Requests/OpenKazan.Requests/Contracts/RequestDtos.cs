using OpenKazan.Requests.Lookup;
using OpenKazan.Requests.Domain;

namespace OpenKazan.Requests.Contracts;

public sealed record DeadlineDto(string Stage, DateTime DueAt, DateTime WarnAt, DateTime? CompletedAt);

public sealed record RequesterDto(string Kind, string Name, string? Phone, string? Email, bool ConsentToContact, Guid? UserId);

/// <summary>A request as its resident and the staff who may see it read it (with personal data).</summary>
public sealed record RequestDto(
    Guid Id,
    string Number,
    string Status,
    string Channel,
    string Priority,
    RequesterDto Requester,
    Guid BuildingId,
    string? Flat,
    string? Entrance,
    Guid CategoryId,
    string Description,
    Guid? OrganisationId,
    DateTime RegisteredAt,
    DateTime? AcceptedAt,
    DateTime? ResolvedAt,
    DateTime? ClosedAt,
    string? ResolutionReport,
    int ReopenCount,
    long Version,
    IReadOnlyList<DeadlineDto> Deadlines,
    string? HeldFrom = null)
{
    public static RequestDto From(ServiceRequest r, IEnumerable<RequestDeadline> deadlines)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Id, r.Number, r.Status.ToString(), r.Channel.ToString(), r.Priority.ToString(),
            new RequesterDto(r.RequesterKind.ToString(), r.RequesterName, r.RequesterPhone, r.RequesterEmail, r.ConsentToContact, r.RequesterUserId),
            r.BuildingId, r.Flat, r.Entrance, r.CategoryId, r.Description, r.OrganisationId, r.RegisteredAt, r.AcceptedAt,
            r.ResolvedAt, r.ClosedAt, r.ResolutionReport, r.ReopenCount, r.Version,
            deadlines.OrderBy(d => d.DueAt).Select(d => new DeadlineDto(d.Stage, d.DueAt, d.WarnAt, d.CompletedAt)).ToList(),
            r.HeldFrom?.ToString());
    }
}

/// <summary>A line of a list: enough to pick a request, no description or contact details.</summary>
public sealed record RequestSummaryDto(Guid Id, string Number, string Status, string Priority, Guid BuildingId, Guid CategoryId, Guid? OrganisationId, DateTime RegisteredAt)
{
    public static RequestSummaryDto From(ServiceRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Id, r.Number, r.Status.ToString(), r.Priority.ToString(), r.BuildingId, r.CategoryId, r.OrganisationId, r.RegisteredAt);
    }
}
