namespace OpenKazan.Benchmarks.Reads;

/// <summary>
/// One public read: its name in the table, the path of the n-th call (through real numbers for the per-request reads)
/// and, for the first-read rows, how many calls stay first reads (more are reported).
/// </summary>
public sealed record ReadsEndpoint(string Name, Func<long, string> Path, bool IsBaseline = false, long? CallsAtMost = null);

/// <summary>The reads a whole city makes, in the order they are measured, between the two baseline runs.</summary>
public static class ReadsEndpoints
{
    /// <summary>
    /// The requests a city follows closely (the open ones residents and their Open311 apps check again and again):
    /// after its first read each answer comes from the cache, while each call of the first-read rows reads a number for
    /// the first time in the run, i.e. from the database: the status page and Open311 each take their own half of the
    /// sample (so neither finds the other's rows in PostgreSQL's buffers), larger than the calls a run makes.
    /// </summary>
    private const int FollowedNumbers = 100;

    public static IReadOnlyList<ReadsEndpoint> All(IReadOnlyList<string> numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        var half = numbers.Count / 2;
        string FirstRead(long call, int part) => Uri.EscapeDataString(numbers[(part * half) + (int)(call % half)]);
        string Followed(long call) => Uri.EscapeDataString(numbers[(int)(call % Math.Min(FollowedNumbers, numbers.Count))]);
        return
        [
            new("`/health/live` (baseline, before)", _ => "/health/live", IsBaseline: true),
            new($"`/status?number=` (first reads, {half:N0} numbers)", n => $"/status?number={FirstRead(n, 0)}", CallsAtMost: half),
            new($"Open311 `GET requests/{{id}}.json` (first reads, {half:N0} numbers)", n => $"/open311/v2/requests/{FirstRead(n, 1)}.json", CallsAtMost: half),
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
