namespace OpenKazan.Benchmarks.Reads;

/// <summary>One public read: its name in the table and the path of the n-th call (rotating through real numbers).</summary>
public sealed record ReadsEndpoint(string Name, Func<long, string> Path, bool IsBaseline = false);

/// <summary>The reads a whole city makes, in the order they are measured, between the two baseline runs.</summary>
public static class ReadsEndpoints
{
    /// <summary>
    /// The requests a city follows closely (the open ones residents and their Open311 apps check again and again):
    /// after its first read each answer comes from the cache, while the rotating rows above mostly read a number
    /// for the first time in the run, i.e. from the database.
    /// </summary>
    private const int FollowedNumbers = 100;

    public static IReadOnlyList<ReadsEndpoint> All(IReadOnlyList<string> numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        string Number(long call) => Uri.EscapeDataString(numbers[(int)(call % numbers.Count)]);
        string Followed(long call) => Uri.EscapeDataString(numbers[(int)(call % Math.Min(FollowedNumbers, numbers.Count))]);
        return
        [
            new("`/health/live` (baseline, before)", _ => "/health/live", IsBaseline: true),
            new("`/status?number=` (rotating real numbers)", n => $"/status?number={Number(n)}"),
            new("Open311 `GET requests/{id}.json` (rotating)", n => $"/open311/v2/requests/{Number(n)}.json"),
            new($"`/status?number=` ({FollowedNumbers} numbers read again and again)", n => $"/status?number={Followed(n)}"),
            new($"Open311 `GET requests/{{id}}.json` ({FollowedNumbers} numbers read again and again)", n => $"/open311/v2/requests/{Followed(n)}.json"),
            new("Open311 `services.json`", _ => "/open311/v2/services.json"),
            new("`/` (city home)", _ => "/"),
            new("`/ratings`", _ => "/ratings"),
            new("`/open-requests` (first page)", _ => "/open-requests"),
            new("`/open-data` (index)", _ => "/open-data"),
            new("`/open-data/requests.csv`", _ => "/open-data/requests.csv"),
            new("`/health/live` (baseline, after)", _ => "/health/live", IsBaseline: true),
        ];
    }
}
