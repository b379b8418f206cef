using OpenKazan.Feedback.Contracts;
using OpenKazan.Feedback.Ratings;

namespace OpenKazan.UnitTests.Feedback;

/// <summary>The published formula against cases computed by hand (the arithmetic is in each test).</summary>
public sealed class RatingFormulaTests
{
    [Fact]
    public void All_four_parts_are_weighted_and_the_margin_adds_their_errors()
    {
        // On time 8/10 = 0.8, not reopened 9/10 = 0.9, feedback 4 ratings averaging 4 → 0.75, votes 2 of 5 → 1.0.
        // Score = 100 × (0.35×0.8 + 0.20×0.9 + 0.25×0.75 + 0.20×1.0) = 84.75.
        // p̃ = 10/14, 11/14, 5/8, 4/6; variance = Σ w² p̃(1−p̃)/(n+4)
        //   = 0.1225×0.0145773 + 0.04×0.0120262 + 0.0625×0.0292969 + 0.04×0.0370370 = 0.0055793;
        // margin = 100 × 1.96 × √0.0055793 = 14.64.
        var score = RatingFormula.Score(new OrganisationFacts(Resolved: 10, OnTime: 8, Reopened: 1, FeedbackCount: 4, FeedbackSum: 16, VoteCount: 2, VoteSum: 10));

        Assert.Equal(84.75, score.Score);
        Assert.Equal(14.64, score.Margin);
        Assert.Equal(70.11, score.Lower!.Value, 2);
        Assert.Equal(99.39, score.Upper!.Value, 2);
    }

    [Fact]
    public void Parts_without_data_are_left_out_and_the_other_weights_rescaled()
    {
        // Only on time 5/5 and not reopened 5/5: weights 0.35 and 0.20 of 0.55, score 100.
        // p̃ = 7/9 for both; variance = ((0.35/0.55)² + (0.20/0.55)²) × (7/9)(2/9)/9 = 0.010316; margin = 19.91.
        var score = RatingFormula.Score(new OrganisationFacts(5, 5, 0, 0, 0, 0, 0));

        Assert.Equal(100, score.Score);
        Assert.Equal(19.91, score.Margin);
        Assert.Equal(100, score.Upper);
    }

    [Fact]
    public void Feedback_joins_the_request_parts()
    {
        // (0.35×1 + 0.20×1 + 0.25×0.75) / 0.80 = 0.921875 → 92.19.
        var score = RatingFormula.Score(new OrganisationFacts(5, 5, 0, 1, 4, 0, 0));

        Assert.Equal(92.19, score.Score);
        Assert.Equal(19.31, score.Margin);
    }

    [Fact]
    public void Votes_alone_give_a_score_with_a_wide_margin()
    {
        // Four votes averaging 3 → 0.5; p̃ = 4/8; margin = 100 × 1.96 × √(0.25/8) = 34.65.
        var score = RatingFormula.Score(new OrganisationFacts(0, 0, 0, 0, 0, 4, 12));

        Assert.Equal(50, score.Score);
        Assert.Equal(34.65, score.Margin);
    }

    [Fact]
    public void No_data_means_no_score()
    {
        var score = RatingFormula.Score(OrganisationFacts.None);

        Assert.Null(score.Score);
        Assert.Null(score.Lower);
    }
}
