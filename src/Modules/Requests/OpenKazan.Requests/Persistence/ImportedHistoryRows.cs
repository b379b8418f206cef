using OpenKazan.Requests.Contracts;
using OpenKazan.Requests.Domain;

namespace OpenKazan.Requests.Persistence;

/// <summary>A batch of imported request histories as Requests' rows of one city, table by table, in the batch's order.</summary>
internal sealed record ImportedHistoryRows(
    List<ServiceRequest> Requests,
    List<RequestEvent> Events,
    List<RequestDeadline> Deadlines,
    List<SlaIncident> Incidents,
    List<StageDuration> Stages)
{
    public static ImportedHistoryRows From(IEnumerable<ImportedRequestHistory> batch, Guid city)
    {
        var rows = new ImportedHistoryRows([], [], [], [], []);
        foreach (var history in batch)
        {
            var requestId = history.Request.Id;
            var deadlines = history.Deadlines.Select(d => new RequestDeadline
            {
                Id = d.Id, TenantId = city, RequestId = requestId, Stage = d.Stage, DueAt = d.DueAt, WarnAt = d.WarnAt, CompletedAt = d.CompletedAt,
            }).ToList();
            rows.Requests.Add(Request(history.Request, city, deadlines));
            rows.Events.AddRange(history.Events.Select(e => new RequestEvent
            {
                Id = e.Id, TenantId = city, RequestId = requestId, At = e.At, Kind = e.Kind, FromStatus = e.FromStatus, ToStatus = e.ToStatus,
                ActorRole = e.ActorRole, ActorName = e.ActorName, Reason = e.Reason, Channel = e.Channel, OrganisationId = e.OrganisationId,
            }));
            rows.Deadlines.AddRange(deadlines);
            rows.Incidents.AddRange(history.Incidents.Select(i => new SlaIncident
            {
                Id = i.Id, TenantId = city, RequestId = requestId, Stage = i.Stage, Kind = i.Kind, Level = i.Level, Notify = i.Notify,
                OrganisationId = i.OrganisationId, At = i.At,
            }));
            rows.Stages.AddRange(history.Stages.Select(s => new StageDuration
            {
                Id = s.Id, TenantId = city, RequestId = requestId, Stage = s.Stage, OrganisationId = s.OrganisationId, CategoryId = s.CategoryId,
                StartedAt = s.StartedAt, EndedAt = s.EndedAt, BusinessMinutes = s.BusinessMinutes, OnTime = s.OnTime,
            }));
        }

        return rows;
    }

    private static ServiceRequest Request(ImportedRequest imported, Guid city, List<RequestDeadline> deadlines)
    {
        var request = new ServiceRequest
        {
            Id = imported.Id,
            TenantId = city,
            Number = imported.Number,
            Channel = imported.Channel,
            Status = imported.Status,
            Priority = imported.Priority,
            RequesterKind = imported.RequesterKind,
            RequesterName = imported.RequesterName,
            Culture = imported.Culture,
            BuildingId = imported.BuildingId,
            CategoryId = imported.CategoryId,
            Description = imported.Description,
            OrganisationId = imported.OrganisationId,
            RegisteredAt = imported.RegisteredAt,
            AcceptedAt = imported.AcceptedAt,
            ResolvedAt = imported.ResolvedAt,
            ClosedAt = imported.ClosedAt,
            ReopenCount = imported.ReopenCount,
            Version = imported.Version,
        };
        request.PlaceInQueue(deadlines);
        return request;
    }
}
