using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.IntegrationTests.Infrastructure;
using OpenKazan.Open311.Requests;
using OpenKazan.Requests.Lookup;
using static OpenKazan.IntegrationTests.Open311.Open311Api;

namespace OpenKazan.IntegrationTests.Open311;

/// <summary>
/// The two reads a whole city makes by number, when the number is not in the answer cache yet: the status page and
/// Open311 <c>GET requests/{id}</c> each cost one database round trip, give what the other reads give, and never
/// find another city's request (their queries are prepared once and reused by every city).
/// </summary>
public abstract class FirstReadRoundTripTests(Open311Factory factory)
{
    private static readonly TimeZoneInfo Moscow = TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow");

    [Fact]
    public async Task Open311_reads_one_request_with_its_history_in_one_command_as_the_list_reads_it()
    {
        var number = await FileAsync();

        var (commands, one, listed) = await factory.InCityAsync("kazan", async services =>
        {
            var reader = services.GetRequiredService<RequestReader>();
            using var watched = DatabaseCommands.Of(services.GetRequiredService<TenantScopedDbContext>());
            var one = await reader.ReadOneAsync(number, Moscow, extensions: true, CancellationToken.None);
            var commands = watched.Count;
            var listed = await reader.ReadAsync(reader.Requests.Where(r => r.Number == number), Moscow, extensions: true, CancellationToken.None);
            return (commands, one, listed);
        });

        Assert.Equal(1, commands);
        Assert.NotNull(one);
        Assert.NotEmpty(one.Value.Request.Notes!);
        Assert.Equal(JsonSerializer.Serialize(Assert.Single(listed)), JsonSerializer.Serialize(one.Value.Request));
    }

    [Fact]
    public async Task The_status_page_reads_a_number_in_one_command()
    {
        var number = await FileAsync();

        var (commands, status) = await factory.InCityAsync("kazan", async services =>
        {
            using var watched = DatabaseCommands.Of(services.GetRequiredService<TenantScopedDbContext>());
            var status = await services.GetRequiredService<RequestQueries>().PublicStatusAsync(number.ToLowerInvariant(), CancellationToken.None);
            return (watched.Count, status);
        });

        Assert.Equal(1, commands);
        Assert.Equal(number, status?.Status.Number);
    }

    [Fact]
    public async Task Another_city_never_finds_the_number_by_either_read()
    {
        var number = await FileAsync();
        await factory.InCityAsync("kazan", services => services.GetRequiredService<RequestQueries>().PublicStatusAsync(number, CancellationToken.None));

        var (status, one) = await factory.InCityAsync("grozny", async services => (
            await services.GetRequiredService<RequestQueries>().PublicStatusAsync(number, CancellationToken.None),
            await services.GetRequiredService<RequestReader>().ReadOneAsync(number, Moscow, extensions: false, CancellationToken.None)));

        Assert.Null(status);
        Assert.Null(one);
    }

    private async Task<string> FileAsync()
    {
        var (status, body) = await PostJsonAsync(factory.ClientFor("kazan.localhost"), "/open311/v2/requests.json",
            ("api_key", KazanKey), ("service_code", "lift.out-of-order"), ("attribute[entrance]", "2"), ("description", "Лифт стоит"),
            ("address_id", "kzn-000003"));
        Assert.Equal(HttpStatusCode.OK, status);
        return body[0]!["service_request_id"]!.GetValue<string>();
    }
}

[Collection(Open311SqliteCollection.Name)]
public sealed class SqliteFirstReadRoundTripTests(SqliteOpen311Factory factory) : FirstReadRoundTripTests(factory);

[Collection(Open311PostgresCollection.Name)]
public sealed class PostgresFirstReadRoundTripTests(PostgresOpen311Factory factory) : FirstReadRoundTripTests(factory);
