using System.Net;
using OpenKazan.IntegrationTests.Requests.Infrastructure;
using static OpenKazan.IntegrationTests.Requests.Infrastructure.RequestsApi;

namespace OpenKazan.IntegrationTests.Requests;

/// <summary>
/// The work queue over HTTP on each engine: urgent first, keyset pages, true totals, counts per filter, scope by role.
/// The queue's first pages and totals are city-wide, so the class works in its own copy of Kazan.
/// </summary>
public abstract class WorkQueueTests(RequestsFactory factory)
{
    [Fact]
    public async Task A_fresh_emergency_leads_the_queue_and_pages_walk_the_whole_filtered_set_in_urgency_order()
    {
        var city = await factory.OwnCityAsync(GetType());
        var lighting = await factory.CategoryIdAsync(city.Slug, "electricity.stairwell-lighting");
        var resident = factory.ClientAs(TestPerson.Resident(city.Id), city.Slug);
        var dispatcher = factory.ClientAs(TestPerson.Dispatcher(city.Id), city.Slug);
        var before = await GetAsync<QueuePage>(dispatcher, $"/api/requests/queue?category={lighting}");
        for (var i = 0; i < 5; i++)
        {
            await SubmitAsync(resident, NewRequest(await factory.BuildingIdAsync(city.Slug, $"kzn-00002{i}"), lighting, "В подъезде не горит свет"));
        }

        var stuck = (await SubmitAsync(resident, NewRequest(
            await factory.BuildingIdAsync(city.Slug, "kzn-000031"), await factory.CategoryIdAsync(city.Slug, "lift.stuck"), "Застревание в лифте"))).Request;

        var first = await GetAsync<QueuePage>(dispatcher, "/api/requests/queue");
        AssertUrgencyOrder(first.Items);
        Assert.Contains(first.Items, r => r.Id == stuck.Id);
        Assert.All(first.Items.TakeWhile(r => r.Id != stuck.Id), r => Assert.Equal("Emergency", r.Priority));
        Assert.Equal(first.Counts.ByStatus.Values.Sum(), first.Total);

        var filtered = await GetAsync<QueuePage>(dispatcher, $"/api/requests/queue?category={lighting}");
        Assert.Equal(before.Total + 5, filtered.Total);
        Assert.Equal(filtered.Total, filtered.Counts.ByCategory[lighting]);
        Assert.Equal(first.Counts.ByCategory[lighting], filtered.Total);

        var walked = new List<QueueRow>();
        string? next = null;
        do
        {
            var page = await GetAsync<QueuePage>(dispatcher, $"/api/requests/queue?category={lighting}&size=2" + (next is null ? "" : $"&after={Uri.EscapeDataString(next)}"));
            Assert.Equal(filtered.Total, page.Total);
            Assert.True(page.Items.Count <= 2);
            walked.AddRange(page.Items);
            next = page.Next;
        }
        while (next is not null);

        Assert.Equal(filtered.Total, walked.Count);
        Assert.Equal(walked.Count, walked.Select(r => r.Id).Distinct().Count());
        AssertUrgencyOrder(walked);
    }

    [Fact]
    public async Task Overdue_and_organisation_filters_count_over_the_whole_set_and_staff_see_only_their_organisation()
    {
        var city = await factory.OwnCityAsync(GetType());
        var liftService = await factory.OrganisationIdAsync(city.Slug, "kazanliftservice");
        var resident = factory.ClientAs(TestPerson.Resident(city.Id), city.Slug);
        var dispatcher = factory.ClientAs(TestPerson.Dispatcher(city.Id), city.Slug);
        var executor = factory.ClientAs(TestPerson.Executor(city.Id, liftService), city.Slug);
        var late = (await SubmitAsync(resident, NewRequest(
            await factory.BuildingIdAsync(city.Slug, "kzn-000001"), await factory.CategoryIdAsync(city.Slug, "lift.out-of-order")))).Request;
        Assert.Equal(liftService, late.OrganisationId);
        factory.Clock.Advance(TimeSpan.FromDays(10));

        var overdue = await GetAsync<QueuePage>(dispatcher, "/api/requests/queue?deadline=overdue&size=200");
        Assert.Equal(overdue.Counts.Overdue, overdue.Total);
        Assert.All(overdue.Items, r => Assert.True(r.NextDueAt <= factory.Clock.GetUtcNow().UtcDateTime));
        Assert.Contains(overdue.Items, r => r.Id == late.Id);

        var all = await GetAsync<QueuePage>(dispatcher, "/api/requests/queue");
        var mine = await GetAsync<QueuePage>(executor, "/api/requests/queue?size=200");
        Assert.Equal(all.Counts.ByOrganisation[liftService], mine.Total);
        Assert.Equal(mine.Total, mine.Items.Count);
        Assert.Contains(mine.Items, r => r.Id == late.Id);
        var byOrganisation = await GetAsync<QueuePage>(dispatcher, $"/api/requests/queue?organisation={liftService}&size=200");
        Assert.Equal(mine.Items.Select(r => r.Id), byOrganisation.Items.Select(r => r.Id));

        await ActAsync(executor, late.Id, "accept");
        await ActAsync(executor, late.Id, "start");
        await ActAsync(executor, late.Id, "resolve", new { report = "Лифт запущен." });
        var after = await GetAsync<QueuePage>(executor, "/api/requests/queue?size=200");
        Assert.Equal(mine.Total - 1, after.Total);
        Assert.DoesNotContain(after.Items, r => r.Id == late.Id);
    }

    [Theory]
    [InlineData("after=nonsense")]
    [InlineData("status=Closed")]
    [InlineData("deadline=soon")]
    [InlineData("size=0")]
    public async Task Bad_queue_parameters_get_a_problem_not_a_500(string query)
    {
        var dispatcher = factory.ClientAs(TestPerson.Dispatcher(factory.City("kazan").Id));
        var response = await dispatcher.GetAsync(new Uri($"/api/requests/queue?{query}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_resident_has_no_queue()
    {
        var resident = factory.ClientAs(TestPerson.Resident(factory.City("kazan").Id));
        var response = await resident.GetAsync(new Uri("/api/requests/queue", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static void AssertUrgencyOrder(List<QueueRow> rows)
    {
        for (var i = 1; i < rows.Count; i++)
        {
            var (a, b) = (rows[i - 1], rows[i]);
            var rank = (QueueRow r) => r.Priority == "Emergency" ? 0 : 1;
            Assert.True(rank(a) < rank(b) || (rank(a) == rank(b) && (a.NextDueAt ?? DateTime.MaxValue) <= (b.NextDueAt ?? DateTime.MaxValue)),
                $"{a.Number} ({a.Priority}, {a.NextDueAt:O}) before {b.Number} ({b.Priority}, {b.NextDueAt:O})");
        }
    }
}

[Collection(PostgresRequestsCollection.Name)]
public sealed class PostgresWorkQueueTests(PostgresRequestsFactory factory) : WorkQueueTests(factory);

[Collection(SqliteRequestsCollection.Name)]
public sealed class SqliteWorkQueueTests(SqliteRequestsFactory factory) : WorkQueueTests(factory);
