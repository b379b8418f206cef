namespace OpenKazan.Identity.Throttling;

/// <summary>
/// One row of <see cref="DatabaseAttemptCounters"/>: the attempts under one key in its current window. The key is
/// stored as its SHA-256 (bounded in length, and no e-mail or address in clear); times are Unix milliseconds, so
/// the one upsert statement compares plain integers on every engine.
/// </summary>
public sealed class AttemptCounter
{
    public required string KeyHash { get; set; }

    public int Count { get; set; }

    public long LastAttemptAtMs { get; set; }

    public long WindowEndsAtMs { get; set; }
}
