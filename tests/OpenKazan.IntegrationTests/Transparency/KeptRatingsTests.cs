using OpenKazan.IntegrationTests.Infrastructure;
using OpenKazan.IntegrationTests.Requests.Infrastructure;
using static OpenKazan.IntegrationTests.Requests.Infrastructure.RequestsApi;

namespace OpenKazan.IntegrationTests.Transparency;

/// <summary>
/// The ratings a busy city reads are kept per node: a change does not make the next reader wait for the seconds of
/// database work a period costs at volume; the kept copy is answered while a new one is computed, at most once per
/// <c>OutputCache:RatingsSeconds</c>.
/// </summary>
public sealed class KeptRatingsTests(KeptRatingsTests.KeepingFactory factory) : IClassFixture<KeptRatingsTests.KeepingFactory>
{
    private sealed record Rating(string OrganisationCode, int Resolved);

    private sealed record Ratings(string Period, List<Rating> Organisations);

    [Fact]
    public async Task After_a_change_readers_get_the_kept_ratings_at_once_and_the_new_ones_arrive_without_a_reader_waiting()
    {
        var resident = factory.ClientAs(TestPerson.Resident(factory.Kazan));
        var anonymous = factory.ClientFor("kazan.localhost");
        Assert.Equal(0, await ResolvedAsync(anonymous));

        await factory.ResolvedRequestAsync(resident, "kzn-000004");
        Assert.Equal(0, await ResolvedAsync(anonymous));
        factory.Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(0, await ResolvedAsync(anonymous));

        factory.Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(0, await ResolvedAsync(anonymous));
        var recomputed = await Eventually.UntilAsync(
            () => ResolvedAsync(anonymous), resolved => resolved > 0, TimeSpan.FromSeconds(30), "the ratings to be computed again after the change");

        Assert.Equal(1, recomputed);
        var grozny = await GetAsync<Ratings>(factory.ClientFor("grozny.localhost"), "/api/transparency/ratings");
        Assert.DoesNotContain(grozny.Organisations, o => o.OrganisationCode == "uk-zhkh-aviastroitelny");
        Assert.Equal(0, grozny.Organisations.Sum(o => o.Resolved));
    }

    private static async Task<int> ResolvedAsync(HttpClient client) =>
        (await GetAsync<Ratings>(client, "/api/transparency/ratings")).Organisations.Single(o => o.OrganisationCode == "uk-zhkh-aviastroitelny").Resolved;

    public sealed class KeepingFactory : TransparencyFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() => [new("OutputCache:RatingsSeconds", "60")];
    }
}
