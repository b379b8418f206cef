namespace OpenKazan.BuildingBlocks.Security;

/// <summary>How a shared quota is counted: its permits per fixed window, and how often a node folds its calls in.</summary>
/// <param name="FoldEvery">A node folds its calls into the shared counter at the latest every this many calls …</param>
/// <param name="FoldInterval">… or at the first call after this long since its previous fold.</param>
public sealed record QuotaRule(int Permits, TimeSpan Window, int FoldEvery, TimeSpan FoldInterval);

/// <summary>What one call gets: allowed or a wait, and how many calls (this one included) to fold into the shared counter first.</summary>
public readonly record struct QuotaStep(TimeSpan? RetryAfter, int Fold);

/// <summary>
/// One node's view of one key's shared quota window: the shared count as last read, plus this node's own calls not yet
/// read back (in a fold on its way, or not folded yet). A call is decided on that view; every
/// <see cref="QuotaRule.FoldEvery"/>-th call (or the first after <see cref="QuotaRule.FoldInterval"/>) folds them in and
/// is decided on the fresh count instead. So between two folds a node lets through at most
/// <c>FoldEvery - 1</c> calls the other nodes' latest calls could have made one too many: the overshoot of a key is
/// bounded by <c>nodes × (FoldEvery - 1)</c> per window. Not thread-safe: <see cref="SharedQuotas"/> locks it.
/// </summary>
public sealed class QuotaWindow
{
    private int _shared;
    private int _inFlight;
    private int _unfolded;
    private DateTimeOffset? _endsAt;
    private DateTimeOffset? _lastFoldAt;

    /// <summary>No fold on its way, no open window and no calls waiting for a fold: forgetting this view loses nothing.</summary>
    public bool IsIdle(DateTimeOffset now) => _inFlight == 0 && (_endsAt is { } ends ? now >= ends : _unfolded == 0);

    public QuotaStep Take(DateTimeOffset now, QuotaRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (now >= _endsAt)
        {
            // The window everyone shares is over: what was counted in it no longer matters, and the next fold starts a new one.
            (_shared, _unfolded, _endsAt, _lastFoldAt) = (0, 0, null, null);
        }

        if (_shared + _inFlight + _unfolded >= rule.Permits)
        {
            return new QuotaStep(Wait(now), 0);
        }

        _unfolded++;
        if (_unfolded < rule.FoldEvery && now - _lastFoldAt < rule.FoldInterval)
        {
            return new QuotaStep(null, 0);
        }

        var fold = _unfolded;
        (_inFlight, _unfolded, _lastFoldAt) = (_inFlight + fold, 0, now);
        return new QuotaStep(null, fold);
    }

    /// <summary>
    /// Takes in the shared tally a fold answered (it includes the folded calls); the call that folded is allowed only if
    /// the tally is still within the permits.
    /// </summary>
    public TimeSpan? Folded(int fold, AttemptTally tally, DateTimeOffset now, QuotaRule rule)
    {
        ArgumentNullException.ThrowIfNull(tally);
        ArgumentNullException.ThrowIfNull(rule);
        _inFlight -= fold;

        // Folds may come back out of order: a later open window, or a higher count in the same one, is the newer news.
        if (tally.WindowEndsAt > now && (_endsAt is null || tally.WindowEndsAt > _endsAt))
        {
            (_shared, _endsAt) = (tally.Count, tally.WindowEndsAt);
        }
        else if (tally.WindowEndsAt == _endsAt)
        {
            _shared = Math.Max(_shared, tally.Count);
        }

        return tally.Count > rule.Permits ? tally.RetryAfter(now) : null;
    }

    /// <summary>A fold that did not reach the database: its calls wait for the next one.</summary>
    public void FoldFailed(int fold) => (_inFlight, _unfolded) = (_inFlight - fold, _unfolded + fold);

    private TimeSpan Wait(DateTimeOffset now) =>
        _endsAt is { } ends && ends - now > TimeSpan.FromSeconds(1) ? ends - now : TimeSpan.FromSeconds(1);
}
