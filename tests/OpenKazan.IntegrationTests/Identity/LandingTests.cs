using OpenKazan.IntegrationTests.Infrastructure;

namespace OpenKazan.IntegrationTests.Identity;

/// <summary>After signing in without a page to return to, each person lands on their own workspace, not the city's home.</summary>
public abstract class LandingTests(OpenKazanFactory factory)
{
    [Theory]
    [InlineData("operator", "/callcentre")]
    [InlineData("dispatcher", "/dispatch")]
    [InlineData("executor", "/work/inbox")]
    [InlineData("committee", "/committee")]
    [InlineData("admin", "/admin")]
    [InlineData("resident", "/my/requests")]
    public async Task A_person_lands_on_their_own_workspace_and_their_menu_starts_with_their_work(string mailbox, string workspace)
    {
        var browser = new Browser(factory);
        var signIn = await browser.SubmitAsync("http://kazan.localhost/account/login",
            new Dictionary<string, string> { ["Email"] = $"{mailbox}@kazan.demo", ["Password"] = "Demo123!" });
        Assert.Equal("/account/landing", Browser.Location(signIn)!.AbsolutePath);

        var landing = await browser.GetAsync("http://kazan.localhost/account/landing");
        Assert.Equal(workspace, Browser.Location(landing)!.AbsolutePath);

        // The menu is ordered by role too: the same workspace is its first item.
        var page = await (await browser.GetAsync("http://kazan.localhost" + workspace)).Content.ReadAsStringAsync();
        var menu = page[page.IndexOf("id=\"main-nav\"", StringComparison.Ordinal)..];
        Assert.Matches("^[^>]*>\\s*<ul>\\s*<li><a href=\"" + workspace + "\"", menu);
    }

    [Fact]
    public async Task A_page_to_return_to_still_wins()
    {
        var browser = new Browser(factory);
        var signIn = await browser.SubmitAsync("http://kazan.localhost/account/login?returnUrl=%2Fratings",
            new Dictionary<string, string> { ["Email"] = "operator@kazan.demo", ["Password"] = "Demo123!" });
        Assert.Equal("/ratings", Browser.Location(signIn)!.AbsolutePath);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteLandingTests(SqliteFactory factory) : LandingTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresLandingTests(PostgresFactory factory) : LandingTests(factory);
