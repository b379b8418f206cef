using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Npgsql;
using OpenKazan.BuildingBlocks;
using OpenKazan.IntegrationTests.Infrastructure;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.IntegrationTests.ScaleOut;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TwoNodeCollection
{
    public const string Name = "two-node";
}

/// <summary>
/// Two real host processes share one PostgreSQL database and Azurite, as two pods behind a load balancer; Innopolis
/// has a PostgreSQL database of its own. Submissions go to both; node B is killed with SIGKILL while they are in flight.
/// Afterwards every answered submission exists exactly once, every SLA escalation level fired exactly once (the
/// clustered scheduler took over on node A), a session and a token from node A work on node B, a city change and a
/// city's SLA policy change made on A are seen on B within a second, and Innopolis's submissions through both nodes
/// are in its own database only. Run alone with tests/two-node.sh.
/// </summary>
[Collection(TwoNodeCollection.Name)]
public sealed class TwoNodeTests : IAsyncLifetime
{
    private const string Kazan = "kazan.localhost";
    private const string Central = "localhost";
    private const int EscalationsPerRequest = 9; // lift.stuck: three stages, three levels each

    private readonly string _mail = Path.Combine(Path.GetTempPath(), $"openkazan-two-node-mail-{Guid.NewGuid():N}");
    private TestDatabase? _database;
    private OwnDatabaseCity? _innopolis;
    private HostNode? _nodeA;
    private HostNode? _nodeB;

    private TestDatabase Database => _database!;

    private OwnDatabaseCity Innopolis => _innopolis!;

    private HostNode A => _nodeA!;

    private HostNode B => _nodeB!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(OpenKazan.Persistence.DatabaseProvider.PostgreSql);
        _innopolis = await OwnDatabaseCity.CreateAsync();
        var settings = ClusterSettings.For(Database, _mail);
        Innopolis.Configure(settings);
        await HostNode.RunCommandAsync(settings, "migrate");

        // A seeds the demo cities and accounts alone; B starts on a database that is already complete.
        _nodeA = await HostNode.StartAsync("A", settings);
        _nodeB = await HostNode.StartAsync("B", settings);
    }

    [Fact]
    public async Task Two_nodes_share_sessions_catalog_changes_and_jobs_and_survive_one_being_killed()
    {
        try
        {
            using var resident = new ClusterClient();
            await resident.SignInAsync(Kazan, A, "resident@kazan.demo");
            var (building, category) = await LiftAtBuildingAsync(Database, "kzn-000005");
            await EachJobHasOneTriggerAsync();
            await SessionAndTokenFromAWorkOnBAsync(resident, building, category);
            await CityChangeOnAIsSeenOnBWithinASecondAsync();
            await SlaPolicyChangeOnAIsSeenOnBWithinASecondAsync();
            await OwnDatabaseCityKeepsItsSubmissionsAsync();

            // Both schedulers compete for the SLA monitor, then B dies while submissions are in flight.
            var answered = await SubmitAcrossNodesAsync(resident, building, category, attempts: 6, killBAfter: null);
            await AgeDeadlinesAsync(TimeSpan.FromDays(3));
            await SlaMonitorRunsAsync(2);
            answered.AddRange(await SubmitAcrossNodesAsync(resident, building, category, attempts: 10, killBAfter: 5));
            await AgeDeadlinesAsync(TimeSpan.FromDays(3));
            Assert.True(B.HasExited);

            await EachAnsweredRequestExistsOnceAsync(answered);
            await EachEscalationFiredOnceAsync(answered);
        }
        catch (Exception e)
        {
            throw new InvalidOperationException($"{e.Message}\n{A.Output}\n{B.Output}", e);
        }
    }

    /// <summary>Both nodes registered every job; a trigger stored under a generated key would be added again by each start.</summary>
    private async Task EachJobHasOneTriggerAsync()
    {
        var triggers = await QueryAsync(Database, "SELECT job_name FROM qrtz_triggers", r => r.GetString(0));
        Assert.NotEmpty(triggers);
        Assert.All(triggers.CountBy(job => job), jobTriggers => Assert.Equal(1, jobTriggers.Value));
    }

    private async Task SessionAndTokenFromAWorkOnBAsync(ClusterClient resident, Guid building, Guid category)
    {
        var check = await resident.PostJsonAsync(ClusterClient.Url(Kazan, B, "/api/requests/duplicates"), new { buildingId = building, categoryId = category });
        Assert.True(check.StatusCode == HttpStatusCode.OK, $"The session from node A was refused by node B: {(int)check.StatusCode}\n{B.Output}");

        using var machine = new ClusterClient();
        var token = await machine.PostFormAsync(ClusterClient.Url(Central, A, "/connect/token"), new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "callcentre-kazan",
            ["client_secret"] = "callcentre-kazan-dev-secret",
        });
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        var access = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
        var search = await machine.GetAsync(ClusterClient.Url(Kazan, B, "/api/identity/accounts/by-phone?phone=89991234567"), access);
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
    }

    private async Task CityChangeOnAIsSeenOnBWithinASecondAsync()
    {
        using var platform = new ClusterClient();
        using var visitor = new ClusterClient();
        await platform.SignInAsync(Central, A, "platform@openkazan.demo");
        Assert.True(await VotingOnBAsync(visitor));

        var switched = await platform.PutJsonAsync(ClusterClient.Url(Central, A, $"/api/central/cities/kazan/features/{CityFeatures.Voting}"), new { enabled = false });
        Assert.Equal(HttpStatusCode.NoContent, switched.StatusCode);
        var took = await WaitUntilAsync(async () => !await VotingOnBAsync(visitor), TimeSpan.FromSeconds(5));

        Assert.True(took < TimeSpan.FromSeconds(1), $"Node B saw the change after {took.TotalMilliseconds:0} ms.");
    }

    /// <summary>The policy is cached per city on each node (HybridCache); saving it on A must drop B's copy too.</summary>
    private async Task SlaPolicyChangeOnAIsSeenOnBWithinASecondAsync()
    {
        using var admin = new ClusterClient();
        await admin.SignInAsync(Kazan, A, "admin@kazan.demo");
        var before = await WarningOnBAsync(admin);

        var policy = JsonNode.Parse(await (await admin.GetAsync(ClusterClient.Url(Kazan, A, "/api/sla/policy"))).Content.ReadAsStringAsync())!["policy"]!;
        policy["warningAtPercent"] = 50;
        var saved = await admin.PutJsonAsync(ClusterClient.Url(Kazan, A, "/api/sla/policy"), policy);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var took = await WaitUntilAsync(async () => await WarningOnBAsync(admin) != before, TimeSpan.FromSeconds(5));

        Assert.True(took < TimeSpan.FromSeconds(1), $"Node B saw the new SLA policy after {took.TotalMilliseconds:0} ms.");
    }

    /// <summary>When the resolve stage of a lift breakdown registered at a fixed time starts warning, as node B plans it.</summary>
    private async Task<DateTime> WarningOnBAsync(ClusterClient admin)
    {
        var preview = await (await admin.GetAsync(ClusterClient.Url(Kazan, B, "/api/sla/preview?category=lift.stuck&registeredAt=2026-03-05T13:00:00Z")))
            .Content.ReadFromJsonAsync<JsonElement>();
        return preview.GetProperty("stages").EnumerateArray().Single(s => s.GetProperty("stage").GetString() == "Resolve").GetProperty("warnAtUtc").GetDateTime();
    }

    /// <summary>Innopolis's submissions through either node land once in its own database and never in the shared one.</summary>
    private async Task OwnDatabaseCityKeepsItsSubmissionsAsync()
    {
        using var resident = new ClusterClient();
        await resident.SignInAsync(OwnDatabaseCity.Host, A, "resident@innopolis.demo");
        var (building, category) = await LiftAtBuildingAsync(Innopolis.Database, "inn-000001");
        var answered = new List<Guid>();
        foreach (var node in new[] { A, B, A, B })
        {
            var id = await SubmitAsync(resident, node, OwnDatabaseCity.Host, Submission(building, category));
            answered.Add(id ?? throw new InvalidOperationException($"Node {node.Name} did not take an Innopolis submission."));
        }

        var own = await QueryAsync(Innopolis.Database, """SELECT "Id" FROM requests""", r => r.GetGuid(0));
        var shared = await QueryAsync(Database, $"""SELECT "Id" FROM requests WHERE "TenantId" = '{Innopolis.Id}'""", r => r.GetGuid(0));
        var sharedBuildings = await QueryAsync(Database, $"""SELECT "Id" FROM buildings WHERE "TenantId" = '{Innopolis.Id}'""", r => r.GetGuid(0));
        Assert.Equal(answered.Order(), own.Order());
        Assert.Empty(shared);
        Assert.Empty(sharedBuildings);
    }

    private async Task<bool> VotingOnBAsync(ClusterClient visitor)
    {
        var states = await (await visitor.GetAsync(ClusterClient.Url(Kazan, B, "/api/features"))).Content.ReadFromJsonAsync<JsonElement>();
        return states.EnumerateArray().Single(s => s.GetProperty("name").GetString() == CityFeatures.Voting).GetProperty("enabled").GetBoolean();
    }

    /// <summary>
    /// Submissions alternate between the nodes, all in flight together; node B is killed as soon as it has answered one
    /// of them, while its others are still in flight. Returns the requests whose submission was answered 201.
    /// </summary>
    private async Task<List<Guid>> SubmitAcrossNodesAsync(ClusterClient resident, Guid building, Guid category, int attempts, int? killBAfter)
    {
        var body = Submission(building, category);
        var submissions = new List<Task<Guid?>>();
        for (var i = 0; i < attempts; i++)
        {
            if (i == killBAfter)
            {
                await Task.WhenAny(submissions.Where((_, index) => index % 2 == 1));
                B.Kill();
            }

            var node = i % 2 == 0 ? A : B;
            submissions.Add(SubmitAsync(resident, node, Kazan, body));
        }

        var answered = (await Task.WhenAll(submissions)).OfType<Guid>().ToList();
        Assert.True(answered.Count >= attempts / 2, $"Only {answered.Count} of {attempts} submissions were answered.");
        return answered;
    }

    private static object Submission(Guid building, Guid category) => new
    {
        requester = new { name = "Айгуль Хасанова", phone = "+7 (917) 555-12-34", email = "aigul@example.org", consentToContact = true },
        buildingId = building,
        flat = "12",
        categoryId = category,
        description = "Застряли в лифте",
    };

    private static async Task<Guid?> SubmitAsync(ClusterClient client, HostNode node, string host, object body)
    {
        try
        {
            var response = await client.PostJsonAsync(ClusterClient.Url(host, node, "/api/requests"), body);
            return response.StatusCode == HttpStatusCode.Created
                ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("request").GetProperty("id").GetGuid()
                : null;
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            return null; // the node died before or while answering: the client has no answer and would retry
        }
    }

    private async Task EachAnsweredRequestExistsOnceAsync(List<Guid> answered)
    {
        var stored = await QueryAsync(Database, """SELECT "Id", "Number" FROM requests""", r => (Id: r.GetGuid(0), Number: r.GetString(1)));
        foreach (var id in answered)
        {
            Assert.Equal(1, stored.Count(s => s.Id == id));
        }

        Assert.Equal(stored.Count, stored.Select(s => s.Number).Distinct().Count());
    }

    /// <summary>The surviving node's scheduler keeps running the SLA monitor; each level is recorded once, with one history line.</summary>
    private async Task EachEscalationFiredOnceAsync(List<Guid> answered)
    {
        var expected = answered.Count * EscalationsPerRequest;
        await Eventually.UntilAsync(() => CountEscalationsAsync(answered), fired => fired >= expected, TimeSpan.FromSeconds(40), $"{expected} escalations");
        await SlaMonitorRunsAsync(2); // nothing may be added twice by later runs
        var incidents = await QueryAsync(
            Database,
            """SELECT "RequestId", "Stage", "Level" FROM sla_incidents WHERE "Kind" = 'Escalation'""",
            r => (Request: r.GetGuid(0), Stage: r.GetString(1), Level: r.GetInt32(2)));
        foreach (var id in answered)
        {
            var levels = incidents.Where(i => i.Request == id).ToList();
            Assert.Equal(EscalationsPerRequest, levels.Count);
            Assert.Equal(levels.Count, levels.Distinct().Count());
        }

        var history = await QueryAsync(Database, $"""SELECT "RequestId" FROM request_events WHERE "Kind" = '{RequestEventKinds.Escalated}'""", r => r.GetGuid(0));
        Assert.Equal(incidents.Count, history.Count);
    }

    /// <summary>
    /// Polls until the condition holds or the limit passes; returns when the probe that first saw it was sent. That is
    /// the moment the other node already served the change: the probe's own round trip, slow on a loaded machine, is
    /// not part of how long the change took to spread.
    /// </summary>
    private static async Task<TimeSpan> WaitUntilAsync(Func<Task<bool>> condition, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var sent = clock.Elapsed;
            if (await condition() || sent > limit)
            {
                return sent;
            }

            await Task.Delay(Eventually.Interval);
        }
    }

    private async Task<int> CountEscalationsAsync(List<Guid> answered)
    {
        var rows = await QueryAsync(Database, """SELECT "RequestId" FROM sla_incidents WHERE "Kind" = 'Escalation'""", r => r.GetGuid(0));
        return rows.Count(answered.Contains);
    }

    /// <summary>
    /// Waits until the clustered scheduler has fired the SLA monitor this many more times, on whichever node. The job
    /// never runs concurrently, so the second firing also means the first run has finished.
    /// </summary>
    private async Task SlaMonitorRunsAsync(int runs)
    {
        const string LastFired = "SELECT prev_fire_time FROM qrtz_triggers WHERE job_name = 'requests-sla-monitor'";
        var seen = new HashSet<long>(await QueryAsync(Database, LastFired, r => r.GetInt64(0)));
        var start = seen.Count;
        await Eventually.UntilAsync(
            async () =>
            {
                seen.UnionWith(await QueryAsync(Database, LastFired, r => r.GetInt64(0)));
                return seen.Count - start;
            },
            fired => fired >= runs, TimeSpan.FromMinutes(1), $"the SLA monitor to fire {runs} times");
    }

    /// <summary>Moves every deadline into the past, as if the requests had been left alone for days.</summary>
    private async Task AgeDeadlinesAsync(TimeSpan by)
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""UPDATE request_deadlines SET "DueAt" = "DueAt" - @by, "WarnAt" = "WarnAt" - @by""", connection);
        command.Parameters.AddWithValue("by", by);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<(Guid Building, Guid Category)> LiftAtBuildingAsync(TestDatabase database, string buildingCode)
    {
        var rows = await QueryAsync(
            database,
            $"""
            SELECT b."Id", c."Id" FROM buildings b JOIN service_categories c ON c."TenantId" = b."TenantId"
            WHERE b."Code" = '{buildingCode}' AND c."Code" = 'lift.stuck'
            """,
            r => (r.GetGuid(0), r.GetGuid(1)));
        return Assert.Single(rows);
    }

    private static async Task<List<T>> QueryAsync<T>(TestDatabase database, string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    public async Task DisposeAsync()
    {
        _nodeB?.Dispose();
        _nodeA?.Dispose();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        if (_innopolis is not null)
        {
            await _innopolis.DisposeAsync();
        }

        if (Directory.Exists(_mail))
        {
            Directory.Delete(_mail, recursive: true);
        }
    }
}
