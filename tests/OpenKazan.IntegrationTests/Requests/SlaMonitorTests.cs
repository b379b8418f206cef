using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.IntegrationTests.Requests.Infrastructure;
using OpenKazan.Requests.Contracts;
using OpenKazan.Requests.Domain;
using static OpenKazan.IntegrationTests.Requests.Infrastructure.RequestsApi;

namespace OpenKazan.IntegrationTests.Requests;

/// <summary>
/// A request left alone breaches its deadlines and escalates level by level, each recorded exactly once however
/// often the monitor runs (the fake clock moves; the monitor's logic is run directly, twice). Kazan's lift.stuck rule:
/// accept 30 min, localise 30 min, resolve 24 h; escalations at +0, +4 h, +24 h: two days later every level is due.
/// </summary>
public abstract class SlaMonitorTests(RequestsFactory factory)
{
    [Fact]
    public async Task An_untouched_emergency_breaches_and_escalates_exactly_once_per_level()
    {
        var kazan = factory.City("kazan").Id;
        var resident = factory.ClientAs(TestPerson.Resident(kazan));
        var request = (await SubmitAsync(resident, NewRequest(
            await factory.BuildingIdAsync("kazan", "kzn-000005"), await factory.CategoryIdAsync("kazan", "lift.stuck"), "Застряли в лифте"))).Request;
        Assert.Equal("Emergency", request.Priority);
        Assert.Equal(["Accept", "Localise", "Resolve"], request.Deadlines.Select(d => d.Stage));

        factory.Clock.Advance(TimeSpan.FromDays(2));
        await RunMonitorAsync();
        await RunMonitorAsync();

        var incidents = await factory.QueryAsync("kazan", db => db.Set<SlaIncident>().AsNoTracking().Where(i => i.RequestId == request.Id).ToListAsync());
        string[] expected =
        [
            "Accept Breach 0", "Accept Escalation 1", "Accept Escalation 2", "Accept Escalation 3", "Accept Warning 0",
            "Localise Breach 0", "Localise Escalation 1", "Localise Escalation 2", "Localise Escalation 3", "Localise Warning 0",
            "Resolve Breach 0", "Resolve Escalation 1", "Resolve Escalation 2", "Resolve Escalation 3", "Resolve Warning 0",
        ];
        Assert.Equal(expected, incidents.Select(i => $"{i.Stage} {i.Kind} {i.Level}").Order(StringComparer.Ordinal));
        Assert.Equal(["Dispatcher", "OrganisationHead", "Committee"],
            incidents.Where(i => i.Stage == "Accept" && i.Kind == SlaIncidentKind.Escalation).OrderBy(i => i.Level).Select(i => i.Notify));

        var history = await GetAsync<List<HistoryEntry>>(resident, $"/api/requests/{request.Id}/history");
        Assert.Equal(3, history.Count(h => h.Kind == RequestEventKinds.SlaBreach));
        Assert.Equal(9, history.Count(h => h.Kind == RequestEventKinds.Escalated));
    }

    [Fact]
    public async Task Holding_a_request_stops_its_clock_and_resuming_moves_the_deadlines()
    {
        var kazan = factory.City("kazan").Id;
        var liftService = await factory.OrganisationIdAsync("kazan", "kazanliftservice");
        var resident = factory.ClientAs(TestPerson.Resident(kazan));
        var executor = factory.ClientAs(TestPerson.Executor(kazan, liftService));
        var request = (await SubmitAsync(resident, NewRequest(
            await factory.BuildingIdAsync("kazan", "kzn-000001"), await factory.CategoryIdAsync("kazan", "lift.stuck"), "Лифт стоит"))).Request;
        await ActAsync(executor, request.Id, "accept");
        var dueBefore = request.Deadlines.Single(d => d.Stage == "Resolve").DueAt;

        await ActAsync(executor, request.Id, "hold", new { reason = "Нет доступа в машинное отделение" });
        factory.Clock.Advance(TimeSpan.FromHours(6));
        var resumed = await ActAsync(executor, request.Id, "resume");

        Assert.Equal("Accepted", resumed.Status);
        Assert.Equal(dueBefore.AddHours(6), resumed.Deadlines.Single(d => d.Stage == "Resolve").DueAt, TimeSpan.FromSeconds(1));
        var pauses = await factory.QueryAsync("kazan", db => db.Set<RequestPause>().Where(p => p.RequestId == request.Id).ToListAsync());
        Assert.NotNull(Assert.Single(pauses).EndedAt);
    }

    [Fact]
    public async Task A_resolved_request_the_resident_does_not_answer_is_closed_automatically()
    {
        var kazan = factory.City("kazan").Id;
        var liftService = await factory.OrganisationIdAsync("kazan", "kazanliftservice");
        var resident = factory.ClientAs(TestPerson.Resident(kazan));
        var executor = factory.ClientAs(TestPerson.Executor(kazan, liftService));
        var request = (await SubmitAsync(resident, NewRequest(
            await factory.BuildingIdAsync("kazan", "kzn-000001"), await factory.CategoryIdAsync("kazan", "lift.out-of-order")))).Request;
        await ActAsync(executor, request.Id, "accept");
        await ActAsync(executor, request.Id, "start");
        await ActAsync(executor, request.Id, "resolve", new { report = "Починили" });

        factory.Clock.Advance(TimeSpan.FromDays(6));
        await factory.InCityAsync("kazan", sp => sp.GetRequiredService<OpenKazan.Requests.SlaMonitor.AutoCloser>().RunAsync(CancellationToken.None));

        var closed = await GetAsync<Request>(resident, $"/api/requests/{request.Id}");
        Assert.Equal("Closed", closed.Status);
        var history = await GetAsync<List<HistoryEntry>>(resident, $"/api/requests/{request.Id}/history");
        Assert.Equal("System", history[^1].ActorRole);
    }

    private Task<int> RunMonitorAsync() =>
        factory.InCityAsync("kazan", sp => sp.GetRequiredService<OpenKazan.Requests.SlaMonitor.SlaIncidentRecorder>().RunAsync(CancellationToken.None));
}

[Collection(PostgresRequestsCollection.Name)]
public sealed class PostgresSlaMonitorTests(PostgresRequestsFactory factory) : SlaMonitorTests(factory);

[Collection(SqliteRequestsCollection.Name)]
public sealed class SqliteSlaMonitorTests(SqliteRequestsFactory factory) : SlaMonitorTests(factory);
