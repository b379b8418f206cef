using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.Analytics.Contracts;
using OpenKazan.Feedback.Domain;
using OpenKazan.IntegrationTests.Requests.Infrastructure;
using OpenKazan.Persistence;
using OpenKazan.Registry.Domain;
using OpenKazan.Requests.Contracts;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.Overview;
using OpenKazan.Requests.Submit;
using static OpenKazan.IntegrationTests.Requests.Infrastructure.RequestsApi;

namespace OpenKazan.IntegrationTests.Analytics;

/// <summary>
/// A database of its own with two generated cities at the factory's clock (2026-11-30 07:00 UTC): Kazan with 400
/// requests of 2–8 November, all finished by now, and Grozny with 300 requests of the last 20 days, part still open.
/// </summary>
public class GeneratedCityFactory(DatabaseProvider provider) : RequestsFactory(provider)
{
    public static readonly DateOnly KazanFirstDay = new(2026, 11, 2);
    public static readonly DateOnly KazanLastDay = new(2026, 11, 8);
    public const int KazanRequests = 400;
    public const int GroznyRequests = 300;

    private readonly SemaphoreSlim _once = new(1, 1);
    private bool _generated;

    public async Task GenerateAsync()
    {
        await _once.WaitAsync();
        try
        {
            if (!_generated)
            {
                await InCityAsync("kazan", sp => sp.GetRequiredService<IRequestGenerator>()
                    .GenerateAsync(new GeneratorOptions(KazanRequests, 5, 7, KazanLastDay), TextWriter.Null, CancellationToken.None));
                await InCityAsync("grozny", sp => sp.GetRequiredService<IRequestGenerator>()
                    .GenerateAsync(new GeneratorOptions(GroznyRequests, 9, 20, DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime)), TextWriter.Null, CancellationToken.None));
                _generated = true;
            }
        }
        finally
        {
            _once.Release();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _once.Dispose();
        }

        base.Dispose(disposing);
    }
}

public sealed class SqliteGeneratedCityFactory() : GeneratedCityFactory(DatabaseProvider.Sqlite);

public sealed class PostgresGeneratedCityFactory() : GeneratedCityFactory(DatabaseProvider.PostgreSql);

public abstract class GeneratedCityTests(GeneratedCityFactory factory)
{
    [Fact]
    public async Task Ratings_the_committee_overview_stage_analytics_and_the_report_agree_on_compliance()
    {
        await factory.GenerateAsync();
        var kazan = factory.City("kazan");
        var committee = factory.ClientAs(TestPerson.Committee(kazan.Id));
        var unresolved = await factory.QueryAsync("kazan", db => db.Set<ServiceRequest>().CountAsync(r => r.ResolvedAt == null));
        Assert.Equal(0, unresolved);

        var overview = await factory.InCityAsync("kazan", sp => sp.GetRequiredService<CityOverview>().ReadAsync(CancellationToken.None));
        var links = await GetAsync<List<StageLinkDto>>(committee,
            $"/api/analytics/stages?from={GeneratedCityFactory.KazanFirstDay:yyyy-MM-dd}&to={GeneratedCityFactory.KazanLastDay:yyyy-MM-dd}&minRequests=1");
        var ratings = await GetAsync<RatingsDto>(committee, "/api/transparency/ratings?period=2026-Q4");
        var report = await (await committee.PostAsJsonAsync("/api/analytics/report", new
        {
            dimensions = new[] { "organisation" },
            measures = new[] { "onTimeShare.resolve", "count" },
            from = GeneratedCityFactory.KazanFirstDay,
            to = GeneratedCityFactory.KazanLastDay,
        })).Content.ReadFromJsonAsync<OpenKazan.Analytics.ReportConstructor.ReportTable>(Json);

        // The whole city: every stage deadline of the week, met or missed, the same in the overview and the stage analytics.
        var stages = links.SelectMany(l => l.Stages).ToList();
        Assert.Equal(stages.Sum(s => s.Met), overview.StagesDue);
        Assert.Equal(stages.Sum(s => s.Met - s.Late), overview.StagesMet);
        Assert.InRange(overview.SlaCompliance!.Value, 0.5, 0.98);

        // Each managing organisation: its resolved requests and those resolved on time, in the ratings, the stage analytics and the report.
        var compared = 0;
        foreach (var rated in ratings!.Organisations.Where(o => o.Resolved > 0))
        {
            var id = (await factory.OrganisationIdAsync("kazan", rated.OrganisationCode)).ToString();
            var resolve = links.Where(l => l.OrganisationId == id).SelectMany(l => l.Stages).Where(s => s.Stage == "resolve").ToList();
            Assert.Equal(rated.Resolved, resolve.Sum(s => s.Met));
            Assert.Equal(rated.OnTime, resolve.Sum(s => s.Met - s.Late));
            var row = Assert.Single(report!.Rows, r => r.Keys[0] == id);
            Assert.Equal((double)rated.OnTime / rated.Resolved, row.Values[0]!.Value, 6);
            compared++;
        }

        Assert.True(compared >= 3, $"only {compared} organisations compared");
        Assert.Contains(ratings.Organisations, o => o.Resolved > 0 && o.OnTime < o.Resolved);
    }

    [Fact]
    public async Task Every_missed_stage_has_its_breach_and_escalations_in_the_history()
    {
        await factory.GenerateAsync();
        var (late, breaches, escalations, historyLines) = await factory.QueryAsync("kazan", async db => (
            await db.Set<StageDuration>().CountAsync(s => !s.OnTime),
            await db.Set<SlaIncident>().CountAsync(i => i.Kind == SlaIncidentKind.Breach),
            await db.Set<SlaIncident>().CountAsync(i => i.Kind == SlaIncidentKind.Escalation),
            await db.Set<RequestEvent>().CountAsync(e => e.Kind == RequestEventKinds.SlaBreach || e.Kind == RequestEventKinds.Escalated)));

        Assert.True(late > 0);
        Assert.Equal(late, breaches);
        Assert.True(escalations >= late, "the dispatcher is told of every breach at once");
        Assert.Equal(breaches + escalations, historyLines);
    }

    [Fact]
    public async Task Recent_history_stops_at_now_and_leaves_open_and_overdue_work()
    {
        await factory.GenerateAsync();
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var figures = await factory.QueryAsync("grozny", async db => new
        {
            LastEvent = await db.Set<RequestEvent>().MaxAsync(e => e.At),
            LastRegistered = await db.Set<ServiceRequest>().MaxAsync(r => r.RegisteredAt),
            LastCompleted = await db.Set<RequestDeadline>().Where(d => d.CompletedAt != null).MaxAsync(d => d.CompletedAt),
            LastIncident = await db.Set<SlaIncident>().MaxAsync(i => i.At),
            LastRating = await db.Set<RequestFeedback>().MaxAsync(f => (DateTime?)f.CreatedAt),
            Open = await db.Set<ServiceRequest>().CountAsync(r => r.InQueue),
            OverdueOpen = await db.Set<ServiceRequest>().CountAsync(r => r.InQueue && r.QueueDueAt <= now),
        });

        Assert.True(figures.LastEvent <= now, $"an event at {figures.LastEvent:O}");
        Assert.True(figures.LastRegistered <= now);
        Assert.True(figures.LastCompleted <= now);
        Assert.True(figures.LastIncident <= now);
        Assert.True(figures.LastRating is null || figures.LastRating <= now);
        Assert.InRange(figures.Open, 1, GeneratedCityFactory.GroznyRequests / 2);
        Assert.True(figures.OverdueOpen > 0);

        var overview = await factory.InCityAsync("grozny", sp => sp.GetRequiredService<CityOverview>().ReadAsync(CancellationToken.None));
        Assert.Equal(figures.Open, overview.Open);
        Assert.Equal(figures.OverdueOpen, overview.Overdue);
        Assert.NotNull(overview.SlaCompliance);
    }

    [Fact]
    public async Task Generated_requests_are_numbered_as_intake_numbers_them_and_the_next_live_request_follows_on()
    {
        await factory.GenerateAsync();
        var grozny = factory.City("grozny");
        var numbers = await factory.QueryAsync("grozny", db => db.Set<ServiceRequest>().OrderBy(r => r.RegisteredAt).Select(r => r.Number).ToListAsync());
        var pattern = new Regex($"^{Regex.Escape(grozny.RequestNumberPrefix)}-2026-\\d{{6}}$");

        Assert.All(numbers, n => Assert.Matches(pattern, n));
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        Assert.Equal(numbers.Order(StringComparer.Ordinal), numbers);
        var next = await factory.InCityAsync("grozny", sp => sp.GetRequiredService<RequestNumberAllocator>().NextAsync(2026, CancellationToken.None));
        Assert.Equal(FormattableString.Invariant($"{grozny.RequestNumberPrefix}-2026-{numbers.Count + 1:000000}"), next);
    }

    private sealed record StageFiguresDto(string Stage, int Met, int Late);

    private sealed record StageLinkDto(string OrganisationId, string CategoryId, List<StageFiguresDto> Stages);

    private sealed record RatingDto(string OrganisationCode, int Resolved, int OnTime);

    private sealed record RatingsDto(string Period, List<RatingDto> Organisations);
}

[CollectionDefinition(Name)]
public sealed class SqliteGeneratedCityCollection : ICollectionFixture<SqliteGeneratedCityFactory>
{
    public const string Name = "generated-city-sqlite";
}

[CollectionDefinition(Name)]
public sealed class PostgresGeneratedCityCollection : ICollectionFixture<PostgresGeneratedCityFactory>
{
    public const string Name = "generated-city-postgres";
}

[Collection(SqliteGeneratedCityCollection.Name)]
public sealed class SqliteGeneratedCityTests(SqliteGeneratedCityFactory factory) : GeneratedCityTests(factory);

[Collection(PostgresGeneratedCityCollection.Name)]
public sealed class PostgresGeneratedCityTests(PostgresGeneratedCityFactory factory) : GeneratedCityTests(factory);
