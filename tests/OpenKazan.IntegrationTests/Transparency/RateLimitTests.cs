using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using OpenKazan.IntegrationTests.Requests.Infrastructure;
using OpenKazan.Persistence;
using static OpenKazan.IntegrationTests.Requests.Infrastructure.RequestsApi;

namespace OpenKazan.IntegrationTests.Transparency;

/// <summary>The application with tiny allowances, so the limits can be reached in a test.</summary>
public sealed class RateLimitedFactory() : RequestsFactory(DatabaseProvider.Sqlite)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Transparency:PublicPermitsPerMinute", "3");
        builder.UseSetting("Transparency:WritePermitsPerMinute", "2");
    }
}

/// <summary>Public reads are limited per client and city, writes per account and city; the refusal is a 429 problem.</summary>
public sealed class RateLimitTests(RateLimitedFactory factory) : IClassFixture<RateLimitedFactory>
{
    [Fact]
    public async Task Open_data_answers_429_after_the_allowance_and_another_city_keeps_its_own()
    {
        var kazan = factory.ClientFor("kazan.localhost");
        for (var i = 0; i < 3; i++)
        {
            await ExpectAsync(await kazan.GetAsync(new Uri("/open-data/ratings.json", UriKind.Relative)), HttpStatusCode.OK);
        }

        var refused = await kazan.GetAsync(new Uri("/open-data/ratings.csv", UriKind.Relative));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        await ExpectProblemAsync(refused, "over the public allowance");
        Assert.True(refused.Headers.Contains("Retry-After"));
        await ExpectAsync(await factory.ClientFor("grozny.localhost").GetAsync(new Uri("/open-data/ratings.json", UriKind.Relative)), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Votes_are_limited_per_account()
    {
        var kazan = factory.City("kazan").Id;
        var resident = factory.ClientAs(TestPerson.Resident(kazan));
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await resident.PostAsJsonAsync("/api/transparency/votes", new { organisationId = Guid.NewGuid(), score = 3 })).StatusCode);
        }

        var refused = await resident.PostAsJsonAsync("/api/transparency/votes", new { organisationId = Guid.NewGuid(), score = 3 });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var other = factory.ClientAs(TestPerson.Resident(kazan));
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsJsonAsync("/api/transparency/votes", new { organisationId = Guid.NewGuid(), score = 3 })).StatusCode);
    }
}
