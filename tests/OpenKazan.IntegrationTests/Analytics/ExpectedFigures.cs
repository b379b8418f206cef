using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Feedback.Domain;
using OpenKazan.Registry.Domain;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.IntegrationTests.Analytics;

/// <summary>
/// The measures recomputed straight from the request tables (requests, buildings, stage durations), without the
/// fact table or the report engine: the independent side of the comparison.
/// </summary>
public sealed record RawRequest(Guid OrganisationId, Guid DistrictId, DateOnly RegisteredOn, string Priority, RequestStatus Status, int ReopenCount,
    IReadOnlyDictionary<string, StageDuration> Stages, int? FeedbackScore);

/// <summary>A vote as cast: the voter's building's district and the local day it was cast.</summary>
public sealed record RawVote(Guid OrganisationId, Guid DistrictId, DateOnly CastOn, int Score);

public static class ExpectedFigures
{
    private static readonly TimeZoneInfo Moscow = TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow");

    public static async Task<List<RawRequest>> LoadAsync(TenantScopedDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var districts = await db.Set<Building>().ToDictionaryAsync(b => b.Id, b => b.DistrictId);
        var stages = (await db.Set<StageDuration>().ToListAsync()).ToLookup(s => s.RequestId);
        var scores = await db.Set<RequestFeedback>().ToDictionaryAsync(f => f.RequestId, f => f.Score);
        var requests = await db.Set<ServiceRequest>().ToListAsync();
        return requests.Select(r => new RawRequest(
            r.OrganisationId!.Value, districts[r.BuildingId],
            DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(r.RegisteredAt, Moscow)), r.Priority.ToString(), r.Status, r.ReopenCount,
            stages[r.Id].ToDictionary(s => s.Stage), scores.TryGetValue(r.Id, out var score) ? score : null)).ToList();
    }

    public static async Task<List<RawVote>> LoadVotesAsync(TenantScopedDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var districts = await db.Set<Building>().ToDictionaryAsync(b => b.Id, b => b.DistrictId);
        var votes = await db.Set<OrganisationVote>().ToListAsync();
        return votes.Select(v => new RawVote(v.OrganisationId, districts[v.BuildingId],
            DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(v.CastAt, DateTimeKind.Utc), Moscow)), v.Score)).ToList();
    }

    public static double? Measure(string measure, IReadOnlyList<RawRequest> rows) => measure switch
    {
        "count" => rows.Count,
        "resolvedShare" => Ratio(rows.Count(r => r.Status is RequestStatus.Resolved or RequestStatus.Closed), rows.Count),
        "reopenRate" => Ratio(rows.Count(r => r.ReopenCount > 0), rows.Count),
        "onTimeShare.resolve" => OnTime(rows, SlaStages.Resolve),
        "onTimeShare.accept" => OnTime(rows, SlaStages.Accept),
        "median.resolve" => Percentile(Minutes(rows, SlaStages.Resolve), 0.5),
        "p90.accept" => Percentile(Minutes(rows, SlaStages.Accept), 0.9),
        "p90.localise" => Percentile(Minutes(rows, SlaStages.Localise), 0.9),
        "averageFeedback" => rows.Any(r => r.FeedbackScore is not null) ? rows.Where(r => r.FeedbackScore is not null).Average(r => (double)r.FeedbackScore!.Value) : null,
        _ => throw new ArgumentOutOfRangeException(nameof(measure)),
    };

    private static double? Ratio(int part, int whole) => whole == 0 ? null : (double)part / whole;

    private static double? OnTime(IReadOnlyList<RawRequest> rows, string stage)
    {
        var met = rows.Where(r => r.Stages.ContainsKey(stage)).ToList();
        return Ratio(met.Count(r => r.Stages[stage].OnTime), met.Count);
    }

    private static List<long> Minutes(IReadOnlyList<RawRequest> rows, string stage) =>
        rows.Where(r => r.Stages.ContainsKey(stage)).Select(r => r.Stages[stage].BusinessMinutes).ToList();

    /// <summary>The textbook definition: rank p·(n−1) in the sorted values, interpolated between neighbours.</summary>
    private static double? Percentile(List<long> values, double p)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        var rank = p * (values.Count - 1);
        var below = values[(int)rank];
        var above = values[Math.Min(values.Count - 1, (int)rank + 1)];
        return below + ((above - below) * (rank - (int)rank));
    }
}
