using OpenKazan.Requests.Contracts;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.Persistence;

namespace OpenKazan.UnitTests.Requests;

public sealed class ImportedHistoryRowsTests
{
    private static readonly Guid City = Guid.NewGuid();
    private static readonly DateTime Registered = new(2026, 11, 2, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void An_open_imported_request_waits_in_the_queues_for_its_earliest_open_stage_and_every_row_is_the_citys()
    {
        var history = History(
            RequestStatus.Accepted, RequestPriority.Emergency,
            Deadline(SlaStages.Accept, 30, met: true), Deadline(SlaStages.Resolve, 1440), Deadline(SlaStages.Localise, 120));

        var rows = ImportedHistoryRows.From([history], City);

        var request = Assert.Single(rows.Requests);
        Assert.Equal((true, 0), (request.InQueue, request.Urgency));
        Assert.Equal((Registered.AddMinutes(120), Registered.AddMinutes(96)), (request.QueueDueAt, request.QueueWarnAt));
        Assert.Equal((City, history.Request.Id, 2L), (request.TenantId, request.Id, request.Version));
        Assert.All(rows.Deadlines, d => Assert.Equal((City, request.Id), (d.TenantId, d.RequestId)));
        Assert.All(rows.Events, e => Assert.Equal((City, request.Id), (e.TenantId, e.RequestId)));
        Assert.All(rows.Incidents, i => Assert.Equal((City, request.Id), (i.TenantId, i.RequestId)));
        Assert.All(rows.Stages, s => Assert.Equal((City, request.Id), (s.TenantId, s.RequestId)));
        Assert.Equal(new[] { 3, 1, 1, 1 }, new[] { rows.Deadlines.Count, rows.Events.Count, rows.Incidents.Count, rows.Stages.Count });
    }

    [Fact]
    public void A_closed_imported_request_is_in_no_queue()
    {
        var history = History(
            RequestStatus.Closed, RequestPriority.Normal,
            Deadline(SlaStages.Accept, 480, met: true), Deadline(SlaStages.Localise, 1440, met: true), Deadline(SlaStages.Resolve, 4320, met: true));

        var request = Assert.Single(ImportedHistoryRows.From([history], City).Requests);

        Assert.Equal((false, 1), (request.InQueue, request.Urgency));
        Assert.Equal((QueuePlace.NothingDue, QueuePlace.NothingDue), (request.QueueDueAt, request.QueueWarnAt));
    }

    private static ImportedDeadline Deadline(string stage, int minutes, bool met = false) => new()
    {
        Id = Guid.NewGuid(),
        Stage = stage,
        DueAt = Registered.AddMinutes(minutes),
        WarnAt = Registered.AddMinutes(minutes * 0.8),
        CompletedAt = met ? Registered.AddMinutes(minutes / 2) : null,
    };

    private static ImportedRequestHistory History(RequestStatus status, RequestPriority priority, params ImportedDeadline[] deadlines)
    {
        var request = new ImportedRequest
        {
            Id = Guid.NewGuid(),
            Number = "KZN-2026-000001",
            Priority = priority,
            RequesterName = "Generated resident",
            Culture = "ru",
            BuildingId = Guid.NewGuid(),
            CategoryId = Guid.NewGuid(),
            Description = "Generated request",
            RegisteredAt = Registered,
            Status = status,
            Version = 2,
        };
        ImportedRequestEvent[] events =
        [
            new() { Id = Guid.NewGuid(), At = Registered, Kind = RequestEventKinds.Submitted, ToStatus = RequestStatus.New, ActorRole = "Resident" },
        ];
        ImportedSlaIncident[] incidents =
        [
            new() { Id = Guid.NewGuid(), Stage = SlaStages.Accept, Kind = SlaIncidentKind.Warning, At = Registered.AddMinutes(24) },
        ];
        ImportedStage[] stages =
        [
            new()
            {
                Id = Guid.NewGuid(), Stage = SlaStages.Accept, CategoryId = request.CategoryId, StartedAt = Registered,
                EndedAt = Registered.AddMinutes(15), BusinessMinutes = 15, OnTime = true,
            },
        ];
        return new ImportedRequestHistory(request, events, deadlines, incidents, stages);
    }
}
