using OpenKazan.Open311.ApiKeys;

namespace OpenKazan.UnitTests.Open311;

public sealed class ApiKeysTests
{
    [Fact]
    public void Keys_are_random_and_stored_as_their_sha256()
    {
        var first = ApiKeySecrets.Generate();
        var second = ApiKeySecrets.Generate();

        Assert.NotEqual(first, second);
        Assert.Matches("^[0-9a-f]{64}$", ApiKeySecrets.Hash(first));
        Assert.Equal(ApiKeySecrets.Hash(first), ApiKeySecrets.Hash(first));
        Assert.DoesNotContain(first[10..], ApiKeySecrets.Hint(first), StringComparison.Ordinal);
        Assert.Equal("dev-kazan-open311", ApiKeySecrets.DevelopmentKey("kazan"));
    }
}
