using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpenKazan.Analytics.Facts;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Tenancy;

namespace OpenKazan.Analytics.Generator;

/// <summary>What to generate: how many requests, from which seed, over how many days ending on which date.</summary>
public sealed record GeneratorOptions(int Count, int Seed, int Days, DateOnly LastDay);

/// <summary>What was generated, for the command's output.</summary>
public sealed record GeneratorResult(int Requests, int Days, int BusiestDay, IReadOnlyCollection<Guid> ChronicallyLate, TimeSpan Took);

/// <summary>
/// Fills the current city with generated requests, their histories up to now, stage deadlines, SLA incidents, met stages, fact rows,
/// ratings and votes, reproducibly from a seed and the clock. Requests are numbered as intake numbers them, in order of
/// registration. PostgreSQL gets binary COPY, the other engines batched inserts. The fact watermarks are moved past the
/// generated history and ratings, since their facts are written directly, and the number counters past the numbers given out.
/// </summary>
public sealed class RequestGenerator(TenantScopedDbContext db, ICurrentTenant tenant, TimeProvider time)
{
    public const int BatchSize = 20_000;

    public async Task<GeneratorResult> GenerateAsync(GeneratorOptions options, TextWriter progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(progress);
        var city = tenant.Tenant ?? throw new InvalidOperationException("No city is current.");
        var started = System.Diagnostics.Stopwatch.StartNew();
        var model = await CityModel.LoadAsync(db, ct);
        var lookups = new FactLookups(
            model.Buildings.ToDictionary(b => b.Id, b => b.DistrictId), model.OrganisationTypes,
            model.Routine.Concat(model.Emergency).DistinctBy(c => c.Id).ToDictionary(c => c.Id, c => c.Group), city.TimeZone);
        var firstDay = options.LastDay.AddDays(1 - options.Days);
        var plan = DailyVolumes.Plan(options.Count, options.Days, firstDay);
        var random = new Random(options.Seed);
        var now = time.GetUtcNow().UtcDateTime;
        if (Utc(options.LastDay, city.TimeZone) > now.AddMinutes(-1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), $"The last day {options.LastDay:yyyy-MM-dd} has not begun in the city yet.");
        }

        var numbers = await RequestNumbers.LoadAsync(db, city.RequestNumberPrefix, city.TimeZone, ct);
        var synthesizer = new RequestSynthesizer(city.Id, model, random, lookups, numbers, now);
        await using var writer = await OpenWriterAsync(ct);
        var batch = new List<GeneratedRequest>(BatchSize);
        long sequence = 0;
        var lastEvent = DateTime.MinValue;
        var lastRating = DateTime.MinValue;
        for (var day = 0; day < plan.Length; day++)
        {
            var midnight = Utc(firstDay.AddDays(day), city.TimeZone);
            var seconds = (int)Math.Min(86_400, (now.AddMinutes(-1) - midnight).TotalSeconds);
            foreach (var registeredAt in Enumerable.Range(0, plan[day]).Select(_ => midnight.AddSeconds(random.Next(seconds))).Order().ToList())
            {
                sequence++;
                var generated = synthesizer.Create(registeredAt);
                lastEvent = generated.Events.Max(e => e.At) is var at && at > lastEvent ? at : lastEvent;
                lastRating = generated.Feedback?.UpdatedAt is { } rated && rated > lastRating ? rated : lastRating;
                batch.Add(generated);
                if (batch.Count == BatchSize)
                {
                    await writer.WriteAsync(batch, ct);
                    batch.Clear();
                    await progress.WriteLineAsync($"{sequence} requests written ({started.Elapsed:mm\\:ss})");
                }
            }
        }

        await writer.WriteAsync(batch, ct);
        await numbers.SaveAsync(db, ct);
        await MoveWatermarkAsync(lastEvent, lastRating, ct);
        return new GeneratorResult((int)sequence, plan.Length, plan.Max(), synthesizer.ChronicallyLate, started.Elapsed);
    }

    private async Task<IRequestBatchWriter> OpenWriterAsync(CancellationToken ct)
    {
        if (!db.Database.IsNpgsql())
        {
            return new EfBatchWriter(db);
        }

        await db.Database.OpenConnectionAsync(ct);
        return new PostgresCopyWriter((NpgsqlConnection)db.Database.GetDbConnection());
    }

    private async Task MoveWatermarkAsync(DateTime lastEvent, DateTime lastRating, CancellationToken ct)
    {
        var watermark = await db.Set<FactWatermark>().SingleOrDefaultAsync(ct);
        if (watermark is null)
        {
            watermark = new FactWatermark { EventsFrom = DateTime.MinValue, FeedbackFrom = DateTime.MinValue };
            db.Add(watermark);
        }

        watermark.EventsFrom = watermark.EventsFrom < lastEvent ? lastEvent : watermark.EventsFrom;
        watermark.FeedbackFrom = watermark.FeedbackFrom < lastRating ? lastRating : watermark.FeedbackFrom;

        await db.SaveChangesAsync(ct);
        if (db.Database.IsNpgsql())
        {
            // Fresh statistics so the first reports get good plans.
            await db.Database.ExecuteSqlRawAsync("ANALYZE requests; ANALYZE request_events; ANALYZE request_deadlines; ANALYZE sla_incidents; ANALYZE stage_durations; ANALYZE analytics_request_facts; ANALYZE request_feedback; ANALYZE organisation_votes;", ct);
        }
    }

    private static DateTime Utc(DateOnly day, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), zone);
}
