using OpenKazan.BuildingBlocks.Security;

namespace OpenKazan.Identity.Throttling;

/// <summary>
/// The wait after failures: none for the first <c>free</c> ones, then <c>first</c> after the next, doubling with
/// each further failure, never longer than <c>longest</c>; counted from the latest failure.
/// </summary>
public static class ProgressiveWait
{
    public static TimeSpan After(int failures, int free, TimeSpan first, TimeSpan longest)
    {
        var beyond = failures - free;
        if (beyond <= 0)
        {
            return TimeSpan.Zero;
        }

        var delay = first * Math.Pow(2, Math.Min(beyond - 1, 30));
        return delay < longest ? delay : longest;
    }

    /// <summary>What is left of the wait the tally's failures earned, at <paramref name="now"/>.</summary>
    public static TimeSpan Left(AttemptTally tally, int free, TimeSpan first, TimeSpan longest, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(tally);
        var left = tally.LastAttemptAt + After(tally.Count, free, first, longest) - now;
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }
}
