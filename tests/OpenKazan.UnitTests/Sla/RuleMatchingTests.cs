using OpenKazan.Sla;
using OpenKazan.Sla.Policy;
using OpenKazan.Sla.Contracts;

namespace OpenKazan.UnitTests.Sla;

/// <summary>The most specific rule wins: category, parent category, group, then *, always for the request's priority.</summary>
public sealed class RuleMatchingTests
{
    private static readonly StageRule[] Stages = [new(SlaStage.Accept, TimeSpan.FromMinutes(10), SlaClock.Calendar)];

    private static readonly SlaPolicyDocument Policy = new(null, 80, 14, 5, [],
    [
        Rule("*", RequestPriority.Normal),
        Rule("*", RequestPriority.Emergency),
        Rule("group:lift", RequestPriority.Normal),
        Rule("lift", RequestPriority.Normal),
        Rule("lift.stuck", RequestPriority.Emergency),
    ]);

    private static SlaRule Rule(string category, RequestPriority priority) => new(category, priority, Stages);

    [Theory]
    [InlineData("lift.stuck", "lift", "lift", RequestPriority.Emergency, "lift.stuck")]
    [InlineData("lift.stuck", "lift", "lift", RequestPriority.Normal, "lift")]
    [InlineData("lift.out-of-order", "lift", "lift", RequestPriority.Normal, "lift")]
    [InlineData("lift.out-of-order", "lift", "lift", RequestPriority.Emergency, "*")]
    [InlineData("lift.noise", null, "lift", RequestPriority.Normal, "group:lift")]
    [InlineData("water.leak", "water", "water", RequestPriority.Emergency, "*")]
    [InlineData("water.leak", "water", "water", RequestPriority.Normal, "*")]
    public void The_most_specific_rule_for_the_priority_wins(string code, string? parent, string group, RequestPriority priority, string expected)
    {
        var rule = Policy.Match(new SlaSubject(code, parent, group, priority));

        Assert.Equal(expected, rule.Category);
        Assert.Equal(priority, rule.Priority);
    }

    [Fact]
    public void A_group_is_not_mistaken_for_a_category_code()
    {
        var rule = Policy.Match(new SlaSubject("x", null, "*", RequestPriority.Normal));

        Assert.Equal("*", rule.Category);
    }
}
