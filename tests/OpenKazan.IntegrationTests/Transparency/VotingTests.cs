using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Feedback.Domain;
using OpenKazan.IntegrationTests.Requests.Infrastructure;
using OpenKazan.Feedback.Contracts;
using static OpenKazan.IntegrationTests.Requests.Infrastructure.RequestsApi;

namespace OpenKazan.IntegrationTests.Transparency;

/// <summary>The voting rules: verified residents only, the organisation of their own building, once per period.</summary>
[Collection(TransparencyCollection.Name)]
public sealed class VotingTests(TransparencyFactory factory)
{
    private sealed record BallotLine(Guid OrganisationId, string Code, string Name, int? Score);

    private sealed record Ballot(string Period, bool Verified, List<BallotLine> Organisations);

    private sealed record AuditLine(Guid UserId, Guid OrganisationId, string Period, string Outcome);

    [Fact]
    public async Task A_verified_resident_votes_once_per_period_and_only_on_the_organisation_of_their_building()
    {
        var kazan = factory.Kazan;
        var building = await factory.BuildingIdAsync("kazan", "kzn-000001");
        var aviator = await factory.OrganisationIdAsync("kazan", "uk-aviator");
        var elsewhere = await factory.OrganisationIdAsync("kazan", "uk-sotsgorod");
        var person = TestPerson.Resident(kazan);
        var resident = factory.ClientAs(person);

        await ExpectStatusProblemAsync(await VoteAsync(resident, aviator, 4), HttpStatusCode.Forbidden, "unverified resident");
        Assert.False((await GetAsync<Ballot>(resident, "/api/transparency/votes/ballot")).Verified);

        var verify = await factory.ClientAs(TestPerson.Operator(kazan))
            .PostAsJsonAsync("/api/transparency/resident-addresses", new { userId = person.Id, buildingId = building, flat = "5" });
        await ExpectAsync(verify, HttpStatusCode.OK);
        var ballot = await GetAsync<Ballot>(resident, "/api/transparency/votes/ballot");
        Assert.Equal("uk-aviator", Assert.Single(ballot.Organisations).Code);

        await ExpectAsync(await VoteAsync(resident, aviator, 4), HttpStatusCode.Created);
        await ExpectStatusProblemAsync(await VoteAsync(resident, aviator, 5), HttpStatusCode.Conflict, "second vote");
        await ExpectStatusProblemAsync(await VoteAsync(resident, elsewhere, 5), HttpStatusCode.Forbidden, "organisation of another building");
        Assert.Equal(4, Assert.Single((await GetAsync<Ballot>(resident, "/api/transparency/votes/ballot")).Organisations).Score);

        // A new period: the vote of this period becomes last period's (moving the shared clock by months would
        // fire every periodic timer of the application millions of times).
        await factory.InCityAsync("kazan", async sp =>
        {
            var db = sp.GetRequiredService<TenantScopedDbContext>();
            var zone = factory.City("kazan").ToContext().TimeZone;
            var vote = await db.Set<OrganisationVote>().SingleAsync(v => v.UserId == person.Id);
            vote.Period = RatingPeriod.Parse(ballot.Period, PeriodLength.Quarter, zone)!.Previous(zone).Key;
            return await db.SaveChangesAsync();
        });
        Assert.Null(Assert.Single((await GetAsync<Ballot>(resident, "/api/transparency/votes/ballot")).Organisations).Score);
        await ExpectAsync(await VoteAsync(resident, aviator, 2), HttpStatusCode.Created);

        var audit = await GetAsync<List<AuditLine>>(factory.ClientAs(TestPerson.Committee(kazan)), "/api/transparency/votes/audit");
        var mine = audit.Where(a => a.UserId == person.Id).Select(a => a.Outcome).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Accepted", "Accepted", "AlreadyVoted", "NotManagingYourBuilding", "NotVerified"], mine);
    }

    [Fact]
    public async Task A_resident_votes_on_the_vote_page_and_a_second_vote_is_refused_in_their_language()
    {
        var person = TestPerson.Resident(factory.Kazan);
        var resident = factory.ClientAs(person);
        var building = await factory.BuildingIdAsync("kazan", "kzn-000261");
        var organisation = await factory.OrganisationIdAsync("kazan", "uk-uyut");
        await ExpectAsync(await factory.ClientAs(TestPerson.Operator(factory.Kazan))
            .PostAsJsonAsync("/api/transparency/resident-addresses", new { userId = person.Id, buildingId = building }), HttpStatusCode.OK);
        var fields = new Dictionary<string, string> { ["OrganisationId"] = organisation.ToString(), ["Score"] = "5", ["Comment"] = "Хорошо" };

        var voted = await TransparencyFactory.PostFormAsync(resident, "/vote", new(fields));
        Assert.Equal(HttpStatusCode.Redirect, voted.StatusCode);
        Assert.Contains("Спасибо, ваш голос учтён.", await resident.GetStringAsync(new Uri("/vote?voted=true", UriKind.Relative)));

        var again = await TransparencyFactory.PostFormAsync(resident, "/vote?lang=en", new(fields));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("You have already voted on this organisation in this period.", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_closed_request_of_ones_own_verifies_the_building_and_bad_votes_are_problems()
    {
        var resident = factory.ClientAs(TestPerson.Resident(factory.Kazan));
        var request = await factory.ResolvedRequestAsync(resident, "kzn-000003");
        await ActAsync(resident, request.Id, "confirm");

        var ballot = await GetAsync<Ballot>(resident, "/api/transparency/votes/ballot");
        Assert.True(ballot.Verified);
        Assert.Equal("tszh-karavaevo", Assert.Single(ballot.Organisations).Code);
        await ExpectStatusProblemAsync(await VoteAsync(resident, ballot.Organisations[0].OrganisationId, 9), HttpStatusCode.BadRequest, "score 9");
        await ExpectStatusProblemAsync(await resident.PostAsJsonAsync("/api/transparency/votes", new { }), HttpStatusCode.BadRequest, "no body");
        await ExpectStatusProblemAsync(await factory.ClientFor("kazan.localhost").PostAsJsonAsync("/api/transparency/votes", new { }),
            HttpStatusCode.Unauthorized, "anonymous", problem: false);
    }

    private static Task<HttpResponseMessage> VoteAsync(HttpClient client, Guid organisationId, int score) =>
        client.PostAsJsonAsync("/api/transparency/votes", new { organisationId, score, comment = "Оценка" });

    private static async Task ExpectStatusProblemAsync(HttpResponseMessage response, HttpStatusCode status, string what, bool problem = true)
    {
        Assert.True(response.StatusCode == status, $"{what}: expected {status}, got {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        if (problem)
        {
            await ExpectProblemAsync(response, what);
        }
    }
}
