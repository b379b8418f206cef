using OpenKazan.BuildingBlocks;
using OpenKazan.Registry.Contracts;

namespace OpenKazan.Feedback.Contracts;

/// <summary>The public ranking of a city's managing organisations, period by period, whole city or one district.</summary>
public interface IOrganisationRatings
{
    /// <summary>The period with this key, the current one when none is given, or null for a key of another length.</summary>
    RatingPeriod? PeriodOf(string? key);

    /// <summary>The current period and the ones before it, newest first.</summary>
    IReadOnlyList<RatingPeriod> History();

    Task<NamedDistrict?> DistrictAsync(string code, CancellationToken ct);

    Task<CityRatings> RateAsync(RatingPeriod period, NamedDistrict? district, CancellationToken ct);
}

public sealed record OrganisationRating(int? Rank, Guid OrganisationId, string Code, LocalizedText Name, OrganisationFacts Facts, RatingScore Score);

/// <summary>The ratings of a city's managing organisations in one period, whole city or one district.</summary>
public sealed record CityRatings(RatingPeriod Period, NamedDistrict? District, int MinimumRequests, IReadOnlyList<OrganisationRating> Organisations);

/// <summary>What one organisation did in one period: the raw counts the formula combines.</summary>
public sealed record OrganisationFacts(int Resolved, int OnTime, int Reopened, int FeedbackCount, int FeedbackSum, int VoteCount, int VoteSum)
{
    public static OrganisationFacts None { get; } = new(0, 0, 0, 0, 0, 0, 0);

    public double? FeedbackAverage => FeedbackCount == 0 ? null : (double)FeedbackSum / FeedbackCount;

    public double? VoteAverage => VoteCount == 0 ? null : (double)VoteSum / VoteCount;
}

/// <summary>A score out of 100 with its 95% margin; null when the organisation has no data at all in the period.</summary>
public sealed record RatingScore(double? Score, double Margin)
{
    public double? Lower => Score is { } s ? Math.Max(0, s - Margin) : null;

    public double? Upper => Score is { } s ? Math.Min(100, s + Margin) : null;
}
