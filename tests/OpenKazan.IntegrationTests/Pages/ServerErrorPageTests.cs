using System.Net;
using Microsoft.Data.Sqlite;

namespace OpenKazan.IntegrationTests.Pages;

/// <summary>
/// A real fault, not the error page opened by hand: the city's database has lost a table the home page reads. People
/// get the city's "something went wrong" page and programs a problem+json 500, neither naming the cause.
/// </summary>
public sealed class ServerErrorPageTests : IAsyncLifetime
{
    // Its own server and database: the fault it makes must not reach another suite.
    private readonly Infrastructure.SqliteFactory factory = new();

    public Task InitializeAsync() => ((IAsyncLifetime)factory).InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)factory).DisposeAsync();

    [Fact]
    public async Task A_real_failure_shows_people_the_citys_error_page_and_programs_problem_json()
    {
        await using (var connection = new SqliteConnection(factory.Database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "ALTER TABLE buildings RENAME TO buildings_lost";
            await command.ExecuteNonQueryAsync();
        }

        var page = await ErrorPagesTests.Browser(factory.ClientFor("kazan.localhost")).GetAsync(new Uri("/?lang=ru", UriKind.Relative));
        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        var html = await ErrorPagesTests.HtmlAsync(page);
        Assert.Contains("Что-то пошло не так", html, StringComparison.Ordinal);
        Assert.Contains("data-city=\"kazan\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("no such table", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);

        var program = factory.ClientFor("kazan.localhost");
        program.DefaultRequestHeaders.Accept.ParseAdd("application/json");
        var answer = await program.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.InternalServerError, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("no such table", await answer.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }
}
