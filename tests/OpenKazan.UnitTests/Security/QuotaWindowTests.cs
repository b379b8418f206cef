using OpenKazan.BuildingBlocks.Security;

namespace OpenKazan.UnitTests.Security;

/// <summary>
/// One node's view of a shared quota, against a shared counter kept here as the database keeps it (one fixed window,
/// counts added atomically), so the folding rule and its overshoot bound are checked without a database.
/// </summary>
public sealed class QuotaWindowTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);
    private static readonly QuotaRule Rule = new(Permits: 20, Window: TimeSpan.FromMinutes(1), FoldEvery: 5, FoldInterval: TimeSpan.FromMilliseconds(250));

    [Fact]
    public void The_first_call_folds_then_every_fifth_and_the_first_after_the_interval()
    {
        var shared = new SharedCounter();
        var node = new QuotaWindow();
        var now = Start;

        Assert.Equal(1, node.Take(now, Rule).Fold);
        Assert.Null(shared.Fold(node, 1, now));
        var folds = Enumerable.Range(0, 10).Select(_ => node.Take(now, Rule).Fold).ToList();
        Assert.Equal([0, 0, 0, 0, 5, 0, 0, 0, 0, 5], folds);

        now += TimeSpan.FromMilliseconds(250);
        Assert.Equal(1, node.Take(now, Rule).Fold);
    }

    [Fact]
    public void A_node_that_learns_the_quota_is_used_up_refuses_until_the_window_ends_and_then_counts_afresh()
    {
        var shared = new SharedCounter { Count = 18, EndsAt = Start.AddSeconds(40) };
        var node = new QuotaWindow();

        Assert.Equal(1, node.Take(Start, Rule).Fold);
        Assert.Null(shared.Fold(node, 1, Start));
        Assert.Null(node.Take(Start, Rule).RetryAfter);
        var refused = node.Take(Start.AddSeconds(10), Rule);
        Assert.Equal((TimeSpan.FromSeconds(30), 0), (refused.RetryAfter, refused.Fold));

        var later = Start.AddSeconds(40);
        var first = node.Take(later, Rule);
        Assert.Equal((null, 1), (first.RetryAfter, first.Fold));
        Assert.Null(shared.Fold(node, 1, later));
        Assert.Equal(1, shared.Count);
    }

    [Fact]
    public void The_call_that_folds_is_refused_when_the_fresh_count_is_over_the_permits()
    {
        var shared = new SharedCounter { Count = 30, EndsAt = Start.AddSeconds(5) };
        var node = new QuotaWindow();

        Assert.Equal(1, node.Take(Start, Rule).Fold);
        Assert.Equal(TimeSpan.FromSeconds(5), shared.Fold(node, 1, Start));
        Assert.Equal(TimeSpan.FromSeconds(5), node.Take(Start, Rule).RetryAfter);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Nodes_taking_turns_let_through_the_permits_and_at_most_nodes_times_fold_every_minus_one_more(int nodes)
    {
        var shared = new SharedCounter();
        var views = Enumerable.Range(0, nodes).Select(_ => new QuotaWindow()).ToList();
        var allowed = 0;
        for (var call = 0; call < 100; call++)
        {
            var node = views[call % nodes];
            var step = node.Take(Start, Rule);
            var refusal = step.Fold > 0 ? shared.Fold(node, step.Fold, Start) : step.RetryAfter;
            allowed += refusal is null ? 1 : 0;
        }

        Assert.InRange(allowed, Rule.Permits, Rule.Permits + (nodes * (Rule.FoldEvery - 1)));
    }

    [Fact]
    public void A_fold_answered_late_never_takes_back_newer_news_and_a_failed_fold_is_folded_again()
    {
        var node = new QuotaWindow();
        var ends = Start.AddMinutes(1);
        var later = Start.AddMilliseconds(300);
        var first = node.Take(Start, Rule).Fold;
        var second = node.Take(later, Rule).Fold;
        Assert.Null(node.Folded(second, new AttemptTally(19, later, ends), later, Rule));
        Assert.Null(node.Folded(first, new AttemptTally(3, Start, ends), later, Rule));
        Assert.Null(node.Take(later, Rule).RetryAfter);
        Assert.NotNull(node.Take(later, Rule).RetryAfter);

        var failing = new QuotaWindow();
        Assert.Equal(1, failing.Take(Start, Rule).Fold);
        failing.FoldFailed(1);
        Assert.False(failing.IsIdle(Start));
        Assert.Equal(0, failing.Take(Start, Rule).Fold);
        Assert.Equal(3, failing.Take(Start.AddSeconds(1), Rule).Fold);
    }

    /// <summary>The database's fixed window: a fold adds its calls and answers the tally, restarting an ended window.</summary>
    private sealed class SharedCounter
    {
        public int Count { get; set; }

        public DateTimeOffset EndsAt { get; set; } = DateTimeOffset.MinValue;

        public TimeSpan? Fold(QuotaWindow node, int calls, DateTimeOffset now)
        {
            (Count, EndsAt) = now >= EndsAt ? (calls, now + Rule.Window) : (Count + calls, EndsAt);
            return node.Folded(calls, new AttemptTally(Count, now, EndsAt), now, Rule);
        }
    }
}
