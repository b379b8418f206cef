using System.Net;
using OpenKazan.IntegrationTests.Requests.Infrastructure;
using static OpenKazan.IntegrationTests.Requests.Infrastructure.RequestsApi;

namespace OpenKazan.IntegrationTests.Transparency;

/// <summary>
/// The public ratings of Kazan: ranked by the published formula, with margins, districts and open data. The ranking test
/// counts an organisation's requests exactly, so it works in its own copy of Kazan, where no other class resolves any.
/// </summary>
[Collection(TransparencyCollection.Name)]
public sealed class RatingsTests(TransparencyFactory factory)
{
    private sealed record Rating(int? Rank, string OrganisationCode, double? Score, double Margin, int Resolved, int OnTime, int Reopened, int FeedbackCount, int VoteCount);

    private sealed record Ratings(string Period, string? District, int MinimumRequests, List<Rating> Organisations);

    [Fact]
    public async Task Kazan_ranks_an_organisation_by_the_published_formula_once_it_has_enough_requests()
    {
        var city = await factory.OwnCityAsync(GetType());
        var resident = factory.ClientAs(TestPerson.Resident(city.Id), city.Slug);
        var numbers = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            numbers.Add((await factory.ResolvedRequestAsync(resident, "kzn-000004", city: city.Slug)).Number);
        }

        var before = await GetAsync<Ratings>(resident, "/api/transparency/ratings");
        var unranked = before.Organisations.Single(o => o.OrganisationCode == "uk-zhkh-aviastroitelny");
        Assert.Null(unranked.Rank);
        Assert.Equal(4, unranked.Resolved);

        numbers.Add((await factory.ResolvedRequestAsync(resident, "kzn-000004", city: city.Slug)).Number);
        await ExpectAsync(await TransparencyFactory.PutFeedbackAsync(resident, numbers[0], new { score = 4 }), HttpStatusCode.OK);

        // 5 resolved, all on time, none reopened, one rating of 4: (0.35×1 + 0.20×1 + 0.25×0.75) / 0.80 = 92.19 ± 19.31.
        var ratings = await GetAsync<Ratings>(resident, "/api/transparency/ratings");
        var row = ratings.Organisations.Single(o => o.OrganisationCode == "uk-zhkh-aviastroitelny");
        Assert.NotNull(row.Rank);
        Assert.Equal((5, 5, 0, 1, 0), (row.Resolved, row.OnTime, row.Reopened, row.FeedbackCount, row.VoteCount));
        Assert.Equal(92.19, row.Score);
        Assert.Equal(19.31, row.Margin);
        Assert.Equal(ratings.Organisations.Where(o => o.Rank is not null).Select(o => o.Rank), Enumerable.Range(1, ratings.Organisations.Count(o => o.Rank is not null)).Cast<int?>());

        var district = await GetAsync<Ratings>(resident, $"/api/transparency/ratings?district=aviastroitelny&period={ratings.Period}");
        Assert.Equal(92.19, district.Organisations.Single(o => o.OrganisationCode == "uk-zhkh-aviastroitelny").Score);
        var other = await GetAsync<Ratings>(resident, "/api/transparency/ratings?district=vakhitovsky");
        Assert.Equal(0, other.Organisations.Single(o => o.OrganisationCode == "uk-zhkh-aviastroitelny").Resolved);

        var anonymous = factory.ClientFor($"{city.Slug}.localhost");
        var page = await anonymous.GetStringAsync(new Uri("/ratings", UriKind.Relative));
        Assert.Contains("92,2 ± 19,3", page, StringComparison.Ordinal);
        Assert.Contains("Агрести", page, StringComparison.Ordinal);
        Assert.Contains(ratings.Period, page, StringComparison.Ordinal);
        var csv = await anonymous.GetStringAsync(new Uri("/open-data/ratings.csv", UriKind.Relative));
        Assert.StartsWith("period,district_code,rank,organisation_code", csv, StringComparison.Ordinal);
        Assert.Contains(",uk-zhkh-aviastroitelny,", csv, StringComparison.Ordinal);
        Assert.Contains(",92.19,19.31,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_periods_and_districts_are_problems_and_the_central_area_has_no_ratings()
    {
        var anonymous = factory.ClientFor("kazan.localhost");
        await ExpectProblemAsync(await anonymous.GetAsync(new Uri("/api/transparency/ratings?period=2026-13", UriKind.Relative)), "bad period");
        await ExpectProblemAsync(await anonymous.GetAsync(new Uri("/api/transparency/ratings?district=nowhere", UriKind.Relative)), "unknown district");
        await ExpectProblemAsync(await anonymous.GetAsync(new Uri("/open-data/ratings.xml", UriKind.Relative)), "unknown format");
        await ExpectProblemAsync(await factory.ClientFor("localhost").GetAsync(new Uri("/api/transparency/ratings", UriKind.Relative)), "central area");
        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientFor("localhost").GetAsync(new Uri("/ratings", UriKind.Relative))).StatusCode);
    }
}
