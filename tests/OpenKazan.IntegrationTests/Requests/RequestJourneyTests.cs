using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OpenKazan.IntegrationTests.Requests.Infrastructure;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.Notifications;
using static OpenKazan.IntegrationTests.Requests.Infrastructure.RequestsApi;

namespace OpenKazan.IntegrationTests.Requests;

/// <summary>The heart of the product over HTTP: a resident's request from intake to closure, on each engine.</summary>
public abstract class RequestJourneyTests(RequestsFactory factory)
{
    [Fact]
    public async Task A_request_goes_from_submission_to_closure_and_its_history_tells_the_story()
    {
        var kazan = factory.City("kazan").Id;
        var building = await factory.BuildingIdAsync("kazan", "kzn-000001");
        var category = await factory.CategoryIdAsync("kazan", "lift.out-of-order");
        var liftService = await factory.OrganisationIdAsync("kazan", "kazanliftservice");
        var resident = factory.ClientAs(TestPerson.Resident(kazan));
        var executor = factory.ClientAs(TestPerson.Executor(kazan, liftService));

        var submitted = await SubmitAsync(resident, NewRequest(building, category));
        var request = submitted.Request;
        Assert.Matches(@"^KZN-2026-\d{6}$", request.Number);
        Assert.Equal("Dispatched", request.Status);
        Assert.Equal(liftService, request.OrganisationId);
        Assert.Contains(request.Deadlines, d => d.Stage == "Accept" && d.DueAt > d.WarnAt);
        Assert.Contains(request.Deadlines, d => d.Stage == "Resolve");

        var decisions = await GetAsync<List<Decision>>(executor, $"/api/requests/{request.Id}/dispatch-decisions");
        Assert.Equal("DistrictRule", Assert.Single(decisions).Rule);

        await ActAsync(executor, request.Id, "accept");
        await ActAsync(executor, request.Id, "start");
        var response = await executor.PostAsJsonAsync($"/api/requests/{request.Id}/resolve", new { });
        await ExpectProblemAsync(response, "resolve without a report");
        await ActAsync(executor, request.Id, "resolve", new { report = "Заменён блок управления лифтом." });
        var closed = await ActAsync(resident, request.Id, "confirm");
        Assert.Equal("Closed", closed.Status);

        var history = await GetAsync<List<HistoryEntry>>(resident, $"/api/requests/{request.Id}/history");
        var statuses = history.Where(h => h.To is not null && h.From != h.To).Select(h => h.To).ToList();
        Assert.Equal(["New", "Dispatched", "Accepted", "InProgress", "Resolved", "Closed"], statuses);
        Assert.Equal("Resident", history[^1].ActorRole);

        var durations = await factory.QueryAsync("kazan", db => db.Set<StageDuration>().Where(d => d.RequestId == request.Id).ToListAsync());
        Assert.Equal(["Accept", "Resolve"], durations.Select(d => d.Stage).Order());
        Assert.All(durations, d => Assert.True(d.OnTime));

        var outbox = await factory.QueryAsync("kazan", db => db.Set<OutboxMessage>().Where(m => m.RequestId == request.Id).ToListAsync());
        Assert.True(outbox.Count(m => m.Channel == NotificationChannel.Email) >= 6, "the resident hears of every status change");
    }

    [Fact]
    public async Task Status_emails_give_the_number_the_new_status_the_deadline_in_city_time_and_a_link_on_the_city_host()
    {
        var kazan = factory.City("kazan").Id;
        var liftService = await factory.OrganisationIdAsync("kazan", "kazanliftservice");
        var resident = factory.ClientAs(TestPerson.Resident(kazan));
        var request = (await SubmitAsync(resident, NewRequest(
            await factory.BuildingIdAsync("kazan", "kzn-000001"), await factory.CategoryIdAsync("kazan", "lift.out-of-order")))).Request;
        await ActAsync(factory.ClientAs(TestPerson.Executor(kazan, liftService)), request.Id, "accept");

        var mails = await factory.QueryAsync("kazan", db => db.Set<OutboxMessage>()
            .Where(m => m.RequestId == request.Id && m.Channel == NotificationChannel.Email).OrderBy(m => m.CreatedAt).ToListAsync());
        var accepted = Assert.Single(mails, m => m.Subject.EndsWith(": принято в работу", StringComparison.Ordinal));
        Assert.Contains(request.Number, accepted.Subject, StringComparison.Ordinal);
        var resolveBy = request.Deadlines.Single(d => d.Stage == "Resolve").DueAt;
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(resolveBy, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow"));
        Assert.Contains($"Срок текущего этапа: {local:dd.MM.yyyy HH:mm}", accepted.Body, StringComparison.Ordinal);
        Assert.All(mails, m => Assert.Contains($"http://kazan.localhost/my/requests/{request.Number}", m.Body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Likely_duplicates_are_suggested_before_filing_and_in_the_submit_answer()
    {
        var kazan = factory.City("kazan").Id;
        var building = await factory.BuildingIdAsync("kazan", "kzn-000002");
        var category = await factory.CategoryIdAsync("kazan", "water.no-cold");
        var first = factory.ClientAs(TestPerson.Resident(kazan));
        var second = factory.ClientAs(TestPerson.Resident(kazan));

        var original = await SubmitAsync(first, NewRequest(building, category));
        var check = await second.PostAsJsonAsync("/api/requests/duplicates", new { buildingId = building, categoryId = category });
        await ExpectAsync(check, HttpStatusCode.OK);
        Assert.Contains((await check.Content.ReadFromJsonAsync<List<Duplicate>>(RequestsApi.Json))!, d => d.Number == original.Request.Number);

        var again = await SubmitAsync(second, NewRequest(building, category));
        Assert.Contains(again.PossibleDuplicates, d => d.Id == original.Request.Id);
    }

    [Fact]
    public async Task An_operator_registers_a_call_by_coordinates_and_finds_the_callers_earlier_requests()
    {
        var kazan = factory.City("kazan").Id;
        var operatorClient = factory.ClientAs(TestPerson.Operator(kazan));
        var category = await factory.CategoryIdAsync("kazan", "other.entrance");
        var body = new
        {
            channel = "CallCentre",
            requester = new { kind = "Person", name = "Ильдар Звонков", phone = "8 917 000-11-22", consentToContact = false },
            latitude = 55.860131,
            longitude = 49.057184,
            categoryId = category,
            description = "Не закрывается дверь подъезда",
        };

        var submitted = await SubmitAsync(operatorClient, body);
        var expected = await factory.BuildingIdAsync("kazan", "kzn-000001");
        var stored = await GetAsync<Request>(operatorClient, $"/api/requests/{submitted.Request.Id}");
        Assert.Equal(submitted.Request.Number, stored.Number);
        var byPhone = await GetAsync<List<Request>>(operatorClient, "/api/requests/callers?phone=89170001122");
        Assert.Contains(byPhone, r => r.Id == submitted.Request.Id);
        var byBuilding = await GetAsync<List<Request>>(operatorClient, $"/api/requests/callers?buildingId={expected}");
        Assert.Contains(byBuilding, r => r.Id == submitted.Request.Id);
    }

    [Fact]
    public async Task A_wrongly_routed_request_is_returned_and_rerouted_by_the_dispatcher()
    {
        // The unassigned queue's first page is city-wide: the class's own city holds only what its tests filed.
        var city = await factory.OwnCityAsync(GetType());
        var building = await factory.BuildingIdAsync(city.Slug, "kzn-000001");
        var category = await factory.CategoryIdAsync(city.Slug, "lift.out-of-order");
        var liftService = await factory.OrganisationIdAsync(city.Slug, "kazanliftservice");
        var liftRemont = await factory.OrganisationIdAsync(city.Slug, "liftremont");
        var resident = factory.ClientAs(TestPerson.Resident(city.Id), city.Slug);
        var executor = factory.ClientAs(TestPerson.Executor(city.Id, liftService), city.Slug);
        var dispatcher = factory.ClientAs(TestPerson.Dispatcher(city.Id), city.Slug);

        var request = (await SubmitAsync(resident, NewRequest(building, category))).Request;
        var returned = await ActAsync(executor, request.Id, "return", new { reason = "Этот лифт обслуживает другая организация" });
        Assert.Equal("Returned", returned.Status);
        Assert.Null(returned.OrganisationId);
        Assert.Contains((await GetAsync<QueuePage>(dispatcher, "/api/requests/queue?unassigned=true")).Items, r => r.Id == request.Id);

        var rerouted = await ActAsync(dispatcher, request.Id, "reroute", new { organisationId = liftRemont, reason = "По договору — Лифтремонт" });
        Assert.Equal("Dispatched", rerouted.Status);
        Assert.Equal(liftRemont, rerouted.OrganisationId);
        var rules = (await GetAsync<List<Decision>>(dispatcher, $"/api/requests/{request.Id}/dispatch-decisions")).Select(d => d.Rule);
        Assert.Equal(["DistrictRule", "Returned", "Manual"], rules);
        var gone = await executor.GetAsync(new Uri($"/api/requests/{request.Id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Internal_comments_are_hidden_from_the_resident()
    {
        var kazan = factory.City("kazan").Id;
        var building = await factory.BuildingIdAsync("kazan", "kzn-000003");
        var category = await factory.CategoryIdAsync("kazan", "other.other");
        var resident = factory.ClientAs(TestPerson.Resident(kazan));
        var dispatcher = factory.ClientAs(TestPerson.Dispatcher(kazan));
        var request = (await SubmitAsync(resident, NewRequest(building, category))).Request;

        await ExpectAsync(await dispatcher.PostAsJsonAsync($"/api/requests/{request.Id}/comments", new { text = "Жилец конфликтный", @internal = true }), HttpStatusCode.Created);
        await ExpectAsync(await dispatcher.PostAsJsonAsync($"/api/requests/{request.Id}/comments", new { text = "Мастер придёт завтра" }), HttpStatusCode.Created);
        await ExpectProblemAsync(await resident.PostAsJsonAsync($"/api/requests/{request.Id}/comments", new { text = "x", @internal = true }), "resident internal comment");

        var seenByResident = await GetAsync<List<Comment>>(resident, $"/api/requests/{request.Id}/comments");
        Assert.Equal(["Мастер придёт завтра"], seenByResident.Select(c => c.Text));
        Assert.Equal(2, (await GetAsync<List<Comment>>(dispatcher, $"/api/requests/{request.Id}/comments")).Count);
    }

    [Fact]
    public async Task The_public_status_shows_no_personal_data()
    {
        var kazan = factory.City("kazan").Id;
        var resident = factory.ClientAs(TestPerson.Resident(kazan));
        var request = (await SubmitAsync(resident, NewRequest(
            await factory.BuildingIdAsync("kazan", "kzn-000004"), await factory.CategoryIdAsync("kazan", "other.other")))).Request;

        var anonymous = factory.ClientFor("kazan.localhost");
        var response = await anonymous.GetAsync(new Uri($"/api/requests/status/{request.Number.ToLowerInvariant()}", UriKind.Relative));
        await ExpectAsync(response, HttpStatusCode.OK);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains(request.Number, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Айгуль", text, StringComparison.Ordinal);
        Assert.DoesNotContain("917", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Лифт", text, StringComparison.Ordinal);
    }
}

[Collection(SqliteRequestsCollection.Name)]
public sealed class SqliteRequestJourneyTests(SqliteRequestsFactory factory) : RequestJourneyTests(factory);

[Collection(PostgresRequestsCollection.Name)]
public sealed class PostgresRequestJourneyTests(PostgresRequestsFactory factory) : RequestJourneyTests(factory);
