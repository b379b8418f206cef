using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.IntegrationTests.Requests.Infrastructure;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.Transitions;
using OpenKazan.Requests.Workflow;
using OpenKazan.Requests.Contracts;
using static OpenKazan.IntegrationTests.Requests.Infrastructure.RequestsApi;

namespace OpenKazan.IntegrationTests.Requests;

public abstract class ConcurrencyAndIsolationTests(RequestsFactory factory)
{
    [Fact]
    public async Task Fifty_concurrent_transitions_on_one_request_lose_nothing()
    {
        var kazan = factory.City("kazan").Id;
        var liftService = await factory.OrganisationIdAsync("kazan", "kazanliftservice");
        var resident = factory.ClientAs(TestPerson.Resident(kazan));
        var executor = factory.ClientAs(TestPerson.Executor(kazan, liftService));
        var request = (await SubmitAsync(resident, NewRequest(
            await factory.BuildingIdAsync("kazan", "kzn-000001"), await factory.CategoryIdAsync("kazan", "lift.out-of-order")))).Request;
        await ActAsync(executor, request.Id, "accept");
        var before = await GetAsync<Request>(executor, $"/api/requests/{request.Id}");

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => executor.PostAsJsonAsync(
            $"/api/requests/{request.Id}/{(i % 2 == 0 ? "hold" : "resume")}", new { reason = $"attempt {i}" })));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, r.StatusCode.ToString()));
        var succeeded = responses.Count(r => r.StatusCode == HttpStatusCode.OK);
        var after = await GetAsync<Request>(executor, $"/api/requests/{request.Id}");
        Assert.True(succeeded > 0);
        Assert.Equal(before.Version + succeeded, after.Version);
        var changes = await factory.QueryAsync("kazan", db => db.Set<RequestEvent>()
            .Where(e => e.RequestId == request.Id && e.Kind == RequestEventKinds.StatusChanged && (e.ToStatus == RequestStatus.OnHold || e.FromStatus == RequestStatus.OnHold))
            .ToListAsync());
        Assert.Equal(succeeded, changes.Count);
        var pauses = await factory.QueryAsync("kazan", db => db.Set<RequestPause>().Where(p => p.RequestId == request.Id).ToListAsync());
        Assert.Equal(changes.Count(e => e.ToStatus == RequestStatus.OnHold), pauses.Count);
        Assert.Equal(after.Status == "OnHold" ? 1 : 0, pauses.Count(p => p.EndedAt is null));
    }

    /// <summary>
    /// The one path for every caller (an Open311 integration here): another writer changes the request between its
    /// read and its write, so the first save conflicts; the path decides again on the fresh state and nothing is lost.
    /// </summary>
    [Fact]
    public async Task A_change_between_the_read_and_the_write_is_met_by_deciding_again_on_the_fresh_state()
    {
        var kazan = factory.City("kazan").Id;
        var liftService = await factory.OrganisationIdAsync("kazan", "kazanliftservice");
        var executor = factory.ClientAs(TestPerson.Executor(kazan, liftService));
        var request = (await SubmitAsync(factory.ClientAs(TestPerson.Resident(kazan)), NewRequest(
            await factory.BuildingIdAsync("kazan", "kzn-000001"), await factory.CategoryIdAsync("kazan", "lift.out-of-order")))).Request;
        await ActAsync(executor, request.Id, "accept");

        var saves = 0;
        var outcome = await factory.InCityAsync("kazan", sp =>
        {
            sp.GetRequiredService<TenantScopedDbContext>().SavingChanges += (_, _) =>
            {
                if (Interlocked.Increment(ref saves) == 1)
                {
                    // Another writer holds and resumes the request after our read: our first write must conflict.
                    Task.Run(async () =>
                    {
                        await ActAsync(executor, request.Id, "hold", new { reason = "Ждём запчасть" });
                        await ActAsync(executor, request.Id, "resume");
                    }).GetAwaiter().GetResult();
                }
            };
            return sp.GetRequiredService<IRequestCommands>().ApplyAsync(request.Id, WorkflowAction.Start,
                RequestActor.Organisation(liftService, "Lift dispatch system"), new TransitionCommand(), CancellationToken.None);
        });

        Assert.True(outcome.Succeeded, outcome.Failure.ToString());
        Assert.Equal(2, saves);
        var after = await GetAsync<Request>(executor, $"/api/requests/{request.Id}");
        Assert.Equal("InProgress", after.Status);
        var moves = await factory.QueryAsync("kazan", db => db.Set<RequestEvent>()
            .Where(e => e.RequestId == request.Id && e.Kind == RequestEventKinds.StatusChanged).Select(e => e.ToStatus).ToListAsync());
        Assert.Equal(
            new RequestStatus?[] { RequestStatus.Accepted, RequestStatus.OnHold, RequestStatus.Accepted, RequestStatus.InProgress }.Order(),
            moves.Order());
    }

    [Fact]
    public async Task Numbers_stay_unique_when_many_residents_file_at_once()
    {
        var kazan = factory.City("kazan").Id;
        var building = await factory.BuildingIdAsync("kazan", "kzn-000010");
        var category = await factory.CategoryIdAsync("kazan", "other.other");
        var submitted = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            SubmitAsync(factory.ClientAs(TestPerson.Resident(kazan)), NewRequest(building, category))));

        Assert.Equal(20, submitted.Select(s => s.Request.Number).Distinct().Count());
    }

    [Fact]
    public async Task Another_citys_requests_are_invisible()
    {
        var kazan = factory.City("kazan").Id;
        var grozny = factory.City("grozny").Id;
        var request = (await SubmitAsync(factory.ClientAs(TestPerson.Resident(kazan)), NewRequest(
            await factory.BuildingIdAsync("kazan", "kzn-000006"), await factory.CategoryIdAsync("kazan", "other.other")))).Request;

        var groznyDispatcher = factory.ClientAs(TestPerson.Dispatcher(grozny), "grozny");
        Assert.Equal(HttpStatusCode.NotFound, (await groznyDispatcher.GetAsync(new Uri($"/api/requests/{request.Id}", UriKind.Relative))).StatusCode);
        Assert.DoesNotContain(await GetAsync<List<Request>>(groznyDispatcher, "/api/requests?take=200"), r => r.Id == request.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await groznyDispatcher.GetAsync(new Uri($"/api/requests/status/{request.Number}", UriKind.Relative))).StatusCode);
        await ExpectProblemAsync(await groznyDispatcher.PostAsJsonAsync($"/api/requests/{request.Id}/reject", new { reason = "x" }), "cross-city reject");

        // A Kazan principal on Grozny's host is refused outright, whatever its roles.
        var kazanOnGrozny = factory.ClientAs(TestPerson.Dispatcher(kazan), "grozny");
        Assert.Equal(HttpStatusCode.Forbidden, (await kazanOnGrozny.GetAsync(new Uri("/api/requests", UriKind.Relative))).StatusCode);
        var unchanged = await GetAsync<Request>(factory.ClientAs(TestPerson.Dispatcher(kazan)), $"/api/requests/{request.Id}");
        Assert.Equal(request.Status, unchanged.Status);
    }

    [Fact]
    public async Task Organisation_staff_see_only_their_organisations_requests_and_the_committee_only_reads()
    {
        var kazan = factory.City("kazan").Id;
        var request = (await SubmitAsync(factory.ClientAs(TestPerson.Resident(kazan)), NewRequest(
            await factory.BuildingIdAsync("kazan", "kzn-000001"), await factory.CategoryIdAsync("kazan", "lift.out-of-order")))).Request;
        var stranger = factory.ClientAs(TestPerson.Executor(kazan, await factory.OrganisationIdAsync("kazan", "liftremont")));
        var otherResident = factory.ClientAs(TestPerson.Resident(kazan));
        var committee = factory.ClientAs(TestPerson.Committee(kazan));

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync($"/api/requests/{request.Id}/accept", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherResident.GetAsync(new Uri($"/api/requests/{request.Id}", UriKind.Relative))).StatusCode);
        await GetAsync<Request>(committee, $"/api/requests/{request.Id}");
        Assert.Equal(HttpStatusCode.Forbidden, (await committee.PostAsJsonAsync($"/api/requests/{request.Id}/cancel", new { })).StatusCode);
    }
}

[Collection(SqliteRequestsCollection.Name)]
public sealed class SqliteConcurrencyAndIsolationTests(SqliteRequestsFactory factory) : ConcurrencyAndIsolationTests(factory);

[Collection(PostgresRequestsCollection.Name)]
public sealed class PostgresConcurrencyAndIsolationTests(PostgresRequestsFactory factory) : ConcurrencyAndIsolationTests(factory);
