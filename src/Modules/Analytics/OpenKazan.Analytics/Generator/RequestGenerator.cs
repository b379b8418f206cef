using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpenKazan.Analytics.Contracts;
using OpenKazan.Analytics.Facts;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Tenancy;

namespace OpenKazan.Analytics.Generator;

/// <summary>
/// Fills the current city with generated requests, their histories up to now, stage deadlines, SLA incidents, met stages, fact rows,
/// ratings and votes, reproducibly from a seed and the clock. Requests are numbered as intake numbers them, in order of
/// registration. PostgreSQL gets binary COPY, the other engines batched inserts. The facts are written directly, as one
/// fold of their own (so the report engine reads them), and the number counters are moved past the numbers given out.
/// </summary>
internal sealed class RequestGenerator(TenantScopedDbContext db, ICurrentTenant tenant, TimeProvider time) : IRequestGenerator
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
            city.Id, model.Buildings.ToDictionary(b => b.Id, b => b.DistrictId), model.OrganisationTypes,
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
        var synthesizer = new RequestSynthesizer(model, random, lookups, numbers, now);
        await using var writer = await OpenWriterAsync(ct);
        var run = (await db.Set<FactWatermark>().Select(w => (long?)w.Run).SingleOrDefaultAsync(ct) ?? 0) + 1;
        var batch = new List<GeneratedRequest>(BatchSize);
        long sequence = 0;
        for (var day = 0; day < plan.Length; day++)
        {
            var midnight = Utc(firstDay.AddDays(day), city.TimeZone);
            var seconds = (int)Math.Min(86_400, (now.AddMinutes(-1) - midnight).TotalSeconds);
            foreach (var registeredAt in Enumerable.Range(0, plan[day]).Select(_ => midnight.AddSeconds(random.Next(seconds))).Order().ToList())
            {
                sequence++;
                var generated = synthesizer.Create(registeredAt);
                generated.Fact.Run = run;
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
        await FinishAsync(run, ct);
        return new GeneratorResult((int)sequence, plan.Length, plan.Max(), synthesizer.ChronicallyLate, started.Elapsed);
    }

    private async Task<IRequestBatchWriter> OpenWriterAsync(CancellationToken ct)
    {
        if (!db.Database.IsNpgsql())
        {
            return new EfBatchWriter(db);
        }

        await db.Database.OpenConnectionAsync(ct);
        return new PostgresCopyWriter(db, (NpgsqlConnection)db.Database.GetDbConnection());
    }

    /// <summary>
    /// Publishes the generated facts as one fold, after they are all written, so a report engine reads them in one
    /// catch-up (the generator runs on a city with no other activity).
    /// </summary>
    private async Task FinishAsync(long run, CancellationToken ct)
    {
        var watermark = await db.Set<FactWatermark>().SingleOrDefaultAsync(ct);
        if (watermark is null)
        {
            watermark = new FactWatermark();
            db.Add(watermark);
        }

        watermark.Run = Math.Max(watermark.Run, run);
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
