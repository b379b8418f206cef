using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Identity.Throttling;

namespace OpenKazan.UnitTests.Identity;

public sealed class ProgressiveWaitTests
{
    private static readonly TimeSpan First = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Longest = TimeSpan.FromMinutes(15);

    [Fact]
    public void Failures_beyond_the_free_ones_wait_twice_as_long_each_time_and_never_longer_than_the_longest_wait()
    {
        var waits = Enumerable.Range(1, 12).Select(failures => ProgressiveWait.After(failures, 3, First, Longest));

        Assert.Equal(
            [TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, First, First * 2, First * 4, First * 8, First * 16, Longest, Longest, Longest, Longest],
            waits);
        Assert.Equal(Longest, ProgressiveWait.After(int.MaxValue, 3, First, Longest));
    }

    [Fact]
    public void The_wait_counts_from_the_latest_failure_and_ends()
    {
        var last = new DateTimeOffset(2026, 12, 6, 5, 0, 0, TimeSpan.Zero);
        var tally = new AttemptTally(5, last, last.AddMinutes(30));

        Assert.Equal(First * 2, ProgressiveWait.Left(tally, 3, First, Longest, last));
        Assert.Equal(TimeSpan.FromSeconds(15), ProgressiveWait.Left(tally, 3, First, Longest, last.AddSeconds(45)));
        Assert.Equal(TimeSpan.Zero, ProgressiveWait.Left(tally, 3, First, Longest, last.AddMinutes(1)));
    }
}
