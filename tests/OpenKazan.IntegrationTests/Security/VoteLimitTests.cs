using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Feedback.Domain;
using OpenKazan.Feedback.Voting;
using OpenKazan.Identity.Domain;
using OpenKazan.IntegrationTests.Identity;

namespace OpenKazan.IntegrationTests.Security;

/// <summary>
/// Votes are limited per account and per address on the vote page and the API together (settings of
/// <see cref="SecurityFactory"/>: 3 per account, 5 per address a minute): the page says so in words, the API with
/// 429 problem+json, both with Retry-After.
/// </summary>
public abstract class VoteLimitTests(SecurityFactory factory)
{
    private const string Kazan = "http://kazan.localhost";

    [Fact]
    public async Task A_burst_of_votes_from_one_account_is_refused_on_the_page_in_words_and_on_the_api_alike()
    {
        var (browser, api) = await VoterAsync(ClientAddresses.New());

        Assert.Equal(HttpStatusCode.Forbidden, (await VoteByApiAsync(api)).StatusCode);
        for (var vote = 0; vote < 2; vote++)
        {
            var answered = await VoteOnPageAsync(browser);
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
            Assert.Contains("Эта организация не управляет вашим домом.", await ReadAsync(answered), StringComparison.Ordinal);
        }

        var refused = await VoteOnPageAsync(browser);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.StartsWith("text/html", refused.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.True(refused.Headers.RetryAfter is not null);
        var page = await ReadAsync(refused);
        Assert.Contains("Слишком много голосов с этой учётной записи или адреса. Попробуйте через 1 мин.", page, StringComparison.Ordinal);
        Assert.Contains("Голосование за управляющую организацию", page, StringComparison.Ordinal);

        var byApi = await VoteByApiAsync(api);
        Assert.Equal(HttpStatusCode.TooManyRequests, byApi.StatusCode);
        Assert.Equal("application/problem+json", byApi.Content.Headers.ContentType?.MediaType);
        Assert.True(byApi.Headers.RetryAfter is not null);
    }

    [Fact]
    public async Task Votes_from_one_address_are_counted_across_accounts_and_other_addresses_keep_their_own()
    {
        var shared = ClientAddresses.New();
        var (first, _) = await VoterAsync(shared);
        var (second, _) = await VoterAsync(shared);
        for (var vote = 0; vote < 3; vote++)
        {
            Assert.Equal(HttpStatusCode.OK, (await VoteOnPageAsync(first)).StatusCode);
        }

        for (var vote = 0; vote < 2; vote++)
        {
            Assert.Equal(HttpStatusCode.OK, (await VoteOnPageAsync(second)).StatusCode);
        }

        var refused = await VoteOnPageAsync(second);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Слишком много голосов", await ReadAsync(refused), StringComparison.Ordinal);
        var (elsewhere, _) = await VoterAsync(ClientAddresses.New());
        Assert.Equal(HttpStatusCode.OK, (await VoteOnPageAsync(elsewhere)).StatusCode);
    }

    /// <summary>A resident of a building of uk-aviator, signed in from the given address (browser and API client).</summary>
    private async Task<(Browser Browser, HttpClient Api)> VoterAsync(string address)
    {
        var email = await factory.NewAccountAsync(Roles.Resident);
        var building = await factory.BuildingIdAsync("kazan", "kzn-000001");
        await factory.InCityAsync("kazan", async sp =>
        {
            var user = await sp.GetRequiredService<UserManager<PlatformUser>>().FindByEmailAsync(email);
            return await sp.GetRequiredService<ResidentVerification>().VerifyAsync(user!.Id, building, "7", null, AddressVerification.Staff, CancellationToken.None);
        });
        var browser = new Browser(factory, address);
        await browser.SignInAsync(Kazan, email, "Secret123");
        var api = factory.CreateDefaultClient(new Uri($"{Kazan}/"), new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(browser.Cookies));
        api.DefaultRequestHeaders.Add(Browser.ClientAddressHeader, address);
        api.DefaultRequestHeaders.Add("Sec-Fetch-Site", "same-origin");
        return (browser, api);
    }

    /// <summary>A vote for an organisation that manages none of the voter's buildings: refused, so it can be repeated.</summary>
    private static Task<HttpResponseMessage> VoteOnPageAsync(Browser browser) =>
        browser.SubmitAsync($"{Kazan}/vote", new Dictionary<string, string> { ["OrganisationId"] = Guid.NewGuid().ToString(), ["Score"] = "4" });

    private static Task<HttpResponseMessage> VoteByApiAsync(HttpClient api) =>
        api.PostAsJsonAsync("/api/transparency/votes", new { organisationId = Guid.NewGuid(), score = 4 });

    private static async Task<string> ReadAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
}

[Collection(SqliteSecurityCollection.Name)]
public sealed class SqliteVoteLimitTests(SqliteSecurityFactory factory) : VoteLimitTests(factory);

[Collection(PostgresSecurityCollection.Name)]
public sealed class PostgresVoteLimitTests(PostgresSecurityFactory factory) : VoteLimitTests(factory);
