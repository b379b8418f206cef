using System.Net;

namespace OpenKazan.IntegrationTests.Operations;

/// <summary>Each city has its own limit per client; going over it answers 429 problem+json with Retry-After.</summary>
[Collection(OperationsCollection.Name)]
public sealed class RateLimitTests(OperationsFactory factory)
{
    [Fact]
    public async Task A_client_over_its_citys_limit_gets_429_while_other_cities_and_probes_still_answer()
    {
        var grozny = factory.ClientFor("grozny.localhost");
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i <= OperationsFactory.GroznyPermits; i++)
        {
            answers.Add(await grozny.GetAsync(new Uri("/api/features", UriKind.Relative)));
        }

        var refused = answers[^1];
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(HttpStatusCode.OK, (await factory.ClientFor("kazan.localhost").GetAsync(new Uri("/api/features", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await grozny.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode);
    }
}
