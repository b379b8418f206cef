using OpenKazan.IntegrationTests.Requests.Infrastructure;
using OpenKazan.Tenancy.Contracts;
using static OpenKazan.IntegrationTests.Requests.Infrastructure.RequestsApi;

namespace OpenKazan.IntegrationTests.Tenancy;

/// <summary>
/// The isolation the city-wide tests rely on (OpenKazanFactory.OwnCityAsync): each test class gets a city of its own in
/// the collection's shared host, and what another class writes, in its own city or in the demo cities, never shows in
/// the first class's counts. If the own cities were shared, or the tenant filter leaked, the counts below would not be 0.
/// </summary>
public abstract class OwnCityIsolationTests(RequestsFactory factory)
{
    [Fact]
    public async Task Requests_another_class_files_never_count_in_this_class_s_own_city()
    {
        var mine = await factory.OwnCityAsync(GetType());
        // The abstract base is never run itself: it stands for another test class of the same collection.
        var neighbours = await factory.OwnCityAsync(typeof(OwnCityIsolationTests));
        Assert.Same(mine, await factory.OwnCityAsync(GetType()));
        Assert.NotEqual(mine.Id, neighbours.Id);
        Assert.NotEqual(factory.City("kazan").Id, mine.Id);

        await FileAsync(neighbours);
        await FileAsync(factory.City("kazan"));

        Assert.Equal(0, await OpenInQueueAsync(mine));
        Assert.Equal(1, await OpenInQueueAsync(neighbours));
        await FileAsync(mine);
        Assert.Equal(1, await OpenInQueueAsync(mine));
    }

    private async Task FileAsync(TenantInfo city) =>
        await SubmitAsync(factory.ClientAs(TestPerson.Resident(city.Id), city.Slug), NewRequest(
            await factory.BuildingIdAsync(city.Slug, "kzn-000041"), await factory.CategoryIdAsync(city.Slug, "lift.stuck")));

    private async Task<int> OpenInQueueAsync(TenantInfo city) =>
        (await GetAsync<QueuePage>(factory.ClientAs(TestPerson.Dispatcher(city.Id), city.Slug), "/api/requests/queue")).Total;
}

[Collection(SqliteRequestsCollection.Name)]
public sealed class SqliteOwnCityIsolationTests(SqliteRequestsFactory factory) : OwnCityIsolationTests(factory);

[Collection(PostgresRequestsCollection.Name)]
public sealed class PostgresOwnCityIsolationTests(PostgresRequestsFactory factory) : OwnCityIsolationTests(factory);
