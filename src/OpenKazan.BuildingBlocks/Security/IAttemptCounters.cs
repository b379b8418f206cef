namespace OpenKazan.BuildingBlocks.Security;

/// <summary>
/// Counters of attempts by key (an e-mail, a client address, a voter in a city), shared by every node of a
/// deployment: counted in the database with one atomic statement, so two nodes never double a limit. Expired windows
/// are pruned by a job.
/// </summary>
public interface IAttemptCounters
{
    /// <summary>
    /// Counts one attempt under the key and answers the key's tally including it. A fixed window lasts
    /// <paramref name="window"/> from the first attempt; a sliding one (<paramref name="sliding"/>) from the latest, so
    /// it lives as long as attempts keep coming.
    /// </summary>
    Task<AttemptTally> CountAsync(string key, TimeSpan window, bool sliding, CancellationToken cancellationToken);

    /// <summary>
    /// Counts <paramref name="attempts"/> attempts at once under the key in a fixed window, for a node that counted
    /// them in memory first (<see cref="SharedQuotas"/>), and answers the key's tally including them.
    /// </summary>
    Task<AttemptTally> AddAsync(string key, int attempts, TimeSpan window, CancellationToken cancellationToken);

    /// <summary>The tallies of those keys whose window is still open.</summary>
    Task<IReadOnlyDictionary<string, AttemptTally>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    Task ClearAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);
}

/// <summary>How many attempts a key made in its open window, the latest one and when the window ends.</summary>
public sealed record AttemptTally(int Count, DateTimeOffset LastAttemptAt, DateTimeOffset WindowEndsAt)
{
    /// <summary>How long until the window ends and its permits are back (at least one second, as Retry-After counts).</summary>
    public TimeSpan RetryAfter(DateTimeOffset now) => WindowEndsAt - now > TimeSpan.FromSeconds(1) ? WindowEndsAt - now : TimeSpan.FromSeconds(1);
}
