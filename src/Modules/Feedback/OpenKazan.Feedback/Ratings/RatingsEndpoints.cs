using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.BuildingBlocks.Caching;
using OpenKazan.BuildingBlocks.Web;
using OpenKazan.Feedback.Web;
using OpenKazan.Feedback.Contracts;

namespace OpenKazan.Feedback.Ratings;

/// <summary>One organisation's line of the ratings: the same fields in the API and in open data.</summary>
internal sealed record RatingDto(
    string Period, string? District, int? Rank, string OrganisationCode, string OrganisationName,
    double? Score, double Margin, double? Lower, double? Upper,
    int Resolved, int OnTime, int Reopened, int FeedbackCount, double? FeedbackAverage, int VoteCount, double? VoteAverage)
{
    public static List<RatingDto> From(CityRatings ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return ratings.Organisations.Select(o => new RatingDto(
            ratings.Period.Key, ratings.District?.Code, o.Rank, o.Code, o.Name.In(culture), o.Score.Score, o.Score.Margin, o.Score.Lower, o.Score.Upper,
            o.Facts.Resolved, o.Facts.OnTime, o.Facts.Reopened, o.Facts.FeedbackCount, Round(o.Facts.FeedbackAverage),
            o.Facts.VoteCount, Round(o.Facts.VoteAverage))).ToList();
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 2) : null;
}

internal sealed record RatingsDto(string Period, DateTime PeriodStart, DateTime PeriodEnd, string? District, int MinimumRequests, List<RatingDto> Organisations);

/// <summary>The public ratings of managing organisations, by period and district.</summary>
internal static class RatingsEndpoints
{
    public static RouteGroupBuilder MapRatingsEndpoints(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("/ratings", GetAsync).WithName("Ratings")
            .WithSummary("Managing organisations ranked by the published formula (period and district optional)")
            .AllowAnonymous().RequireRateLimiting(TransparencyRateLimits.Public).CacheOutput(PublicOutput.Page);
        return group;
    }

    private static async Task<Results<Ok<RatingsDto>, ProblemHttpResult>> GetAsync(string? period, string? district, RatingsCalculator ratings, CancellationToken ct)
    {
        var found = await RatingsQuery.RunAsync(ratings, period, district, ct);
        if (found.Error is { } error)
        {
            return error;
        }

        var r = found.Ratings!;
        return TypedResults.Ok(new RatingsDto(r.Period.Key, r.Period.StartUtc, r.Period.EndUtc, r.District?.Code, r.MinimumRequests, RatingDto.From(r)));
    }
}

/// <summary>Reads the period and district parameters the ratings API and the ratings export share.</summary>
internal static class RatingsQuery
{
    public static async Task<(CityRatings? Ratings, ProblemHttpResult? Error)> RunAsync(
        RatingsCalculator ratings, string? periodKey, string? districtCode, CancellationToken ct)
    {
        if (periodKey?.Length > 8 || ratings.PeriodOf(periodKey) is not { } period)
        {
            return (null, Problems.Invalid("period", "Not a period of this city (e.g. 2026-Q4)."));
        }

        var district = string.IsNullOrWhiteSpace(districtCode) ? null : await ratings.DistrictAsync(districtCode, ct);
        if (!string.IsNullOrWhiteSpace(districtCode) && district is null)
        {
            return (null, Problems.NotFound("District"));
        }

        return (await ratings.RateAsync(period, district, ct), null);
    }
}
