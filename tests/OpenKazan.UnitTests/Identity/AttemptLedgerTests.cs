using Microsoft.Extensions.Time.Testing;
using OpenKazan.Identity.Throttling;

namespace OpenKazan.UnitTests.Identity;

public sealed class AttemptLedgerTests
{
    private static readonly TimeSpan First = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Longest = TimeSpan.FromMinutes(15);

    [Fact]
    public void Failures_beyond_the_free_ones_wait_twice_as_long_each_time_and_never_longer_than_the_longest_wait()
    {
        var clock = new FakeTimeProvider();
        using var ledger = new AttemptLedger(clock);
        var waits = new List<TimeSpan>();
        for (var failure = 0; failure < 12; failure++)
        {
            ledger.Fail("key", 3, First, Longest);
            waits.Add(ledger.Wait("key"));
            clock.Advance(ledger.Wait("key"));
        }

        Assert.Equal(
            [TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, First, First * 2, First * 4, First * 8, First * 16, Longest, Longest, Longest, Longest],
            waits);
        Assert.Equal(TimeSpan.Zero, ledger.Wait("key"));
    }

    [Fact]
    public void A_cleared_key_starts_again_with_its_free_failures()
    {
        using var ledger = new AttemptLedger(new FakeTimeProvider());
        for (var failure = 0; failure < 4; failure++)
        {
            ledger.Fail("key", 3, First, Longest);
        }

        ledger.Clear("key");
        ledger.Fail("key", 3, First, Longest);
        Assert.Equal(TimeSpan.Zero, ledger.Wait("key"));
    }

    [Fact]
    public void A_window_gives_its_permits_and_a_new_window_gives_them_again()
    {
        var clock = new FakeTimeProvider();
        using var ledger = new AttemptLedger(clock);
        Assert.Equal([true, true, true, false], Enumerable.Range(0, 4).Select(_ => ledger.TryTake("mail", 3, TimeSpan.FromHours(1))));
        clock.Advance(TimeSpan.FromHours(1));
        Assert.True(ledger.TryTake("mail", 3, TimeSpan.FromHours(1)));
    }
}
