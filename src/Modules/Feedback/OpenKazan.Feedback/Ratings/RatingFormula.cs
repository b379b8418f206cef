using OpenKazan.Feedback.Contracts;

namespace OpenKazan.Feedback.Ratings;

/// <summary>
/// The published formula (docs/transparency.md, explained on the ratings page). Four parts, each a share from 0 to 1:
/// on-time share, share not reopened, average feedback and average vote (a score s of 1–5 counts as (s−1)/4).
/// The score is 100 × the weighted mean of the parts that have data. Its margin is 1.96 standard errors, each part's
/// error taken from the Agresti–Coull estimate p̃ = (x+2)/(n+4), so that small samples show wide margins even at 0 or 1.
/// </summary>
public static class RatingFormula
{
    public const double OnTimeWeight = 0.35;
    public const double NotReopenedWeight = 0.20;
    public const double FeedbackWeight = 0.25;
    public const double VoteWeight = 0.20;
    public const double Z = 1.96;

    public static RatingScore Score(OrganisationFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var parts = Parts(facts).Where(p => p.N > 0).ToList();
        if (parts.Count == 0)
        {
            return new RatingScore(null, 0);
        }

        var weights = parts.Sum(p => p.Weight);
        var score = parts.Sum(p => p.Weight * p.Share) / weights;
        var variance = parts.Sum(p =>
        {
            var adjusted = ((p.N * p.Share) + 2) / (p.N + 4);
            var w = p.Weight / weights;
            return w * w * adjusted * (1 - adjusted) / (p.N + 4);
        });
        return new RatingScore(Math.Round(100 * score, 2), Math.Round(100 * Z * Math.Sqrt(variance), 2));
    }

    private static IEnumerable<(double Weight, double Share, int N)> Parts(OrganisationFacts f)
    {
        yield return (OnTimeWeight, f.Resolved == 0 ? 0 : (double)f.OnTime / f.Resolved, f.Resolved);
        yield return (NotReopenedWeight, f.Resolved == 0 ? 0 : 1 - ((double)f.Reopened / f.Resolved), f.Resolved);
        yield return (FeedbackWeight, f.FeedbackCount == 0 ? 0 : (f.FeedbackAverage!.Value - 1) / 4, f.FeedbackCount);
        yield return (VoteWeight, f.VoteCount == 0 ? 0 : (f.VoteAverage!.Value - 1) / 4, f.VoteCount);
    }
}
