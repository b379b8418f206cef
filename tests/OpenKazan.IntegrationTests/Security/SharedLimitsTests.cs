using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Identity.Persistence;
using OpenKazan.Identity.Throttling;
using OpenKazan.IntegrationTests.Identity;

namespace OpenKazan.IntegrationTests.Security;

/// <summary>
/// The account and vote limits are counted in the database every node shares: a second host on the same database
/// (its own services, memory and scheduler, as a second pod) sees the attempts made through the first, and
/// attempts at the same moment through both each get their own count.
/// </summary>
public abstract class SharedLimitsTests(SecurityFactory factory)
{
    private const string Kazan = "http://kazan.localhost";

    [Fact]
    public async Task A_second_node_on_the_same_database_counts_on_from_the_first_node_s_attempts()
    {
        await using var nodeB = factory.WithWebHostBuilder(_ => { });
        var registered = await factory.NewAccountAsync(Roles.Resident);
        var address = ClientAddresses.New();
        for (var request = 0; request < 5; request++)
        {
            var node = request % 2 == 0 ? (WebApplicationFactory<Program>)factory : nodeB;
            Assert.Equal(HttpStatusCode.OK, (await ForgotAsync(node, address, registered)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await ForgotAsync(factory, address, registered)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await ForgotAsync(nodeB, address, registered)).StatusCode);

        // 3 free failures per e-mail and address: two on each node are one too many, on both nodes.
        var staff = await factory.NewAccountAsync(Roles.Dispatcher);
        var attacker = ClientAddresses.New();
        foreach (var node in new WebApplicationFactory<Program>[] { factory, nodeB, factory, nodeB })
        {
            Assert.Contains("Неверная почта или пароль", await AccountAnswers.ReadAsync(await SignInAsync(node, attacker, staff, "Wrong1234")), StringComparison.Ordinal);
        }

        Assert.Contains("Попробуйте через", await AccountAnswers.ReadAsync(await SignInAsync(factory, attacker, staff, "Secret123")), StringComparison.Ordinal);
        Assert.Contains("Попробуйте через", await AccountAnswers.ReadAsync(await SignInAsync(nodeB, attacker, staff, "Secret123")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(nodeB, ClientAddresses.New(), staff, "Secret123")).StatusCode);
    }

    [Fact]
    public async Task Attempts_at_the_same_moment_through_two_nodes_each_get_their_own_count()
    {
        await using var nodeB = factory.WithWebHostBuilder(_ => { });
        var key = $"test|{Guid.NewGuid():N}";
        var counts = await Task.WhenAll(Enumerable.Range(0, 40).Select(async i =>
        {
            await using var scope = (i % 2 == 0 ? factory.Services : nodeB.Services).CreateAsyncScope();
            return (await scope.ServiceProvider.GetRequiredService<IAttemptCounters>().CountAsync(key, TimeSpan.FromMinutes(5), sliding: false, CancellationToken.None)).Count;
        }));

        Assert.Equal(Enumerable.Range(1, 40), counts.Order());
    }

    [Fact]
    public async Task A_fixed_window_starts_again_a_sliding_one_lives_while_attempts_come_and_ended_windows_are_pruned()
    {
        // Days ahead of the real clock: the host's own pruning job (real time) must not see these windows as ended.
        var clock = new FakeTimeProvider(new DateTimeOffset(DateTime.UtcNow.Date.AddDays(2), TimeSpan.Zero));
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var counters = new DatabaseAttemptCounters(db, clock);
        var (fixedKey, slidingKey) = ($"fixed|{Guid.NewGuid():N}", $"sliding|{Guid.NewGuid():N}");
        var window = TimeSpan.FromMinutes(10);

        Assert.Equal(1, (await counters.CountAsync(fixedKey, window, sliding: false, default)).Count);
        Assert.Equal(1, (await counters.CountAsync(slidingKey, window, sliding: true, default)).Count);
        clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(2, (await counters.CountAsync(fixedKey, window, sliding: false, default)).Count);
        Assert.Equal(2, (await counters.CountAsync(slidingKey, window, sliding: true, default)).Count);
        clock.Advance(TimeSpan.FromMinutes(6));
        var read = await counters.ReadAsync([fixedKey, slidingKey], default);
        Assert.False(read.ContainsKey(fixedKey));
        Assert.Equal(2, read[slidingKey].Count);
        Assert.Equal(clock.GetUtcNow().AddMinutes(-6), read[slidingKey].LastAttemptAt);
        Assert.Equal(1, (await counters.CountAsync(fixedKey, window, sliding: false, default)).Count);
        Assert.Equal(3, (await counters.CountAsync(slidingKey, window, sliding: true, default)).Count);

        await counters.ClearAsync([slidingKey], default);
        Assert.Empty(await counters.ReadAsync([slidingKey], default));
        clock.Advance(TimeSpan.FromMinutes(11));
        await counters.PruneAsync(default);
        var hash = DatabaseAttemptCounters.Hash(fixedKey);
        Assert.False(await db.Set<AttemptCounter>().AnyAsync(c => c.KeyHash == hash));
        Assert.Equal(64, hash.Length);
    }

    private static Task<HttpResponseMessage> ForgotAsync(WebApplicationFactory<Program> node, string address, string email) =>
        new Browser(node, address).SubmitAsync($"{Kazan}/account/forgot-password", new Dictionary<string, string> { ["Email"] = email });

    private static Task<HttpResponseMessage> SignInAsync(WebApplicationFactory<Program> node, string address, string email, string password) =>
        new Browser(node, address).SubmitAsync($"{Kazan}/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
}

[Collection(SqliteSecurityCollection.Name)]
public sealed class SqliteSharedLimitsTests(SqliteSecurityFactory factory) : SharedLimitsTests(factory);

[Collection(PostgresSecurityCollection.Name)]
public sealed class PostgresSharedLimitsTests(PostgresSecurityFactory factory) : SharedLimitsTests(factory);
