using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Identity.Persistence;

namespace OpenKazan.Identity.Throttling;

/// <summary>
/// <see cref="IAttemptCounters"/> in the platform database every node shares: each attempt is one atomic upsert
/// (<c>INSERT … ON CONFLICT DO UPDATE … RETURNING</c> on SQLite and PostgreSQL, <c>MERGE … OUTPUT</c> with
/// <c>HOLDLOCK</c> on SQL Server) that starts a new window once the old one has ended, so concurrent attempts on
/// any nodes each get their own count.
/// </summary>
internal sealed class DatabaseAttemptCounters(PlatformDbContext db, TimeProvider time) : IAttemptCounters
{
    public Task<AttemptTally> CountAsync(string key, TimeSpan window, bool sliding, CancellationToken cancellationToken) =>
        UpsertAsync(key, 1, window, sliding, cancellationToken);

    public Task<AttemptTally> AddAsync(string key, int attempts, TimeSpan window, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(attempts);
        return UpsertAsync(key, attempts, window, sliding: false, cancellationToken);
    }

    private async Task<AttemptTally> UpsertAsync(string key, int attempts, TimeSpan window, bool sliding, CancellationToken cancellationToken)
    {
        var hash = Hash(key);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var ends = now + (long)window.TotalMilliseconds;
        var rows = await db.Database.SqlQuery<Row>(Upsert(hash, attempts, now, ends, sliding)).ToListAsync(cancellationToken);
        return rows.Single().ToTally();
    }

    public async Task<IReadOnlyDictionary<string, AttemptTally>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var hashes = keys.ToDictionary(Hash, k => k, StringComparer.Ordinal);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var rows = await db.Set<AttemptCounter>().AsNoTracking()
            .Where(c => hashes.Keys.Contains(c.KeyHash) && c.WindowEndsAtMs > now)
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(
            r => hashes[r.KeyHash],
            r => new AttemptTally(r.Count, DateTimeOffset.FromUnixTimeMilliseconds(r.LastAttemptAtMs), DateTimeOffset.FromUnixTimeMilliseconds(r.WindowEndsAtMs)),
            StringComparer.Ordinal);
    }

    public Task ClearAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var hashes = keys.Select(Hash).ToList();
        return db.Set<AttemptCounter>().Where(c => hashes.Contains(c.KeyHash)).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Deletes the counters whose window ended before now (run by <see cref="AttemptCounterPruningJob"/>).</summary>
    public Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        return db.Set<AttemptCounter>().Where(c => c.WindowEndsAtMs <= now).ExecuteDeleteAsync(cancellationToken);
    }

    internal static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>
    /// The one statement per engine. The window restarts when it has ended (count back to these attempts); a sliding window
    /// moves its end with every attempt.
    /// </summary>
    private FormattableString Upsert(string hash, int attempts, long now, long ends, bool sliding)
    {
        if (db.Database.ProviderName == "Microsoft.EntityFrameworkCore.SqlServer")
        {
            return sliding
                ? (FormattableString)$"""
                   MERGE attempt_counters WITH (HOLDLOCK) AS c USING (SELECT {hash} AS KeyHash) AS s ON c.KeyHash = s.KeyHash
                   WHEN MATCHED THEN UPDATE SET Count = CASE WHEN c.WindowEndsAtMs <= {now} THEN {attempts} ELSE c.Count + {attempts} END, LastAttemptAtMs = {now}, WindowEndsAtMs = {ends}
                   WHEN NOT MATCHED THEN INSERT (KeyHash, Count, LastAttemptAtMs, WindowEndsAtMs) VALUES ({hash}, {attempts}, {now}, {ends})
                   OUTPUT inserted.Count, inserted.LastAttemptAtMs, inserted.WindowEndsAtMs;
                   """
                : $"""
                   MERGE attempt_counters WITH (HOLDLOCK) AS c USING (SELECT {hash} AS KeyHash) AS s ON c.KeyHash = s.KeyHash
                   WHEN MATCHED THEN UPDATE SET Count = CASE WHEN c.WindowEndsAtMs <= {now} THEN {attempts} ELSE c.Count + {attempts} END, LastAttemptAtMs = {now},
                       WindowEndsAtMs = CASE WHEN c.WindowEndsAtMs <= {now} THEN {ends} ELSE c.WindowEndsAtMs END
                   WHEN NOT MATCHED THEN INSERT (KeyHash, Count, LastAttemptAtMs, WindowEndsAtMs) VALUES ({hash}, {attempts}, {now}, {ends})
                   OUTPUT inserted.Count, inserted.LastAttemptAtMs, inserted.WindowEndsAtMs;
                   """;
        }

        return sliding
            ? (FormattableString)$"""
               INSERT INTO attempt_counters AS c ("KeyHash", "Count", "LastAttemptAtMs", "WindowEndsAtMs") VALUES ({hash}, {attempts}, {now}, {ends})
               ON CONFLICT ("KeyHash") DO UPDATE SET "Count" = CASE WHEN c."WindowEndsAtMs" <= {now} THEN {attempts} ELSE c."Count" + {attempts} END,
                   "LastAttemptAtMs" = {now}, "WindowEndsAtMs" = {ends}
               RETURNING "Count", "LastAttemptAtMs", "WindowEndsAtMs"
               """
            : $"""
               INSERT INTO attempt_counters AS c ("KeyHash", "Count", "LastAttemptAtMs", "WindowEndsAtMs") VALUES ({hash}, {attempts}, {now}, {ends})
               ON CONFLICT ("KeyHash") DO UPDATE SET "Count" = CASE WHEN c."WindowEndsAtMs" <= {now} THEN {attempts} ELSE c."Count" + {attempts} END,
                   "LastAttemptAtMs" = {now}, "WindowEndsAtMs" = CASE WHEN c."WindowEndsAtMs" <= {now} THEN {ends} ELSE c."WindowEndsAtMs" END
               RETURNING "Count", "LastAttemptAtMs", "WindowEndsAtMs"
               """;
    }

    /// <summary>What the upsert returns (named like the columns).</summary>
    private sealed class Row
    {
        public int Count { get; init; }

        public long LastAttemptAtMs { get; init; }

        public long WindowEndsAtMs { get; init; }

        public AttemptTally ToTally() => new(Count, DateTimeOffset.FromUnixTimeMilliseconds(LastAttemptAtMs), DateTimeOffset.FromUnixTimeMilliseconds(WindowEndsAtMs));
    }
}
