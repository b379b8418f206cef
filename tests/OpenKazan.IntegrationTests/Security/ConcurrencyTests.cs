using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Identity.Persistence;
using OpenKazan.IntegrationTests.Identity;
using OpenKazan.Requests.Domain;

namespace OpenKazan.IntegrationTests.Security;

/// <summary>
/// The same thing done many times at the same moment: parallel sign-ups and invitations of one e-mail leave one
/// account and never a server error; parallel uploads never store more files than a request may hold.
/// </summary>
public abstract class ConcurrencyTests(SecurityFactory factory)
{
    private const string Kazan = "http://kazan.localhost";
    private const int Parallel = 8;
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 1, 2, 3];

    [Fact]
    public async Task Parallel_sign_ups_of_one_email_all_get_the_same_answer_and_leave_one_account()
    {
        var email = $"twice-{Guid.NewGuid():N}@example.org";
        var answers = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(_ => new Browser(factory).SubmitAsync($"{Kazan}/account/register", new Dictionary<string, string>
        {
            ["Email"] = email, ["FullName"] = "Алия Сафина", ["Password"] = "Secret123", ["ConfirmPassword"] = "Secret123",
        })));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Redirect, a.StatusCode));
        Assert.Equal(1, await AccountsAsync(email));
    }

    [Fact]
    public async Task Parallel_invitations_of_one_email_are_created_or_refused_but_never_a_server_error()
    {
        var (_, api) = await factory.SignedInAsync(await factory.NewAccountAsync(Roles.TenantAdmin));
        var email = $"invitee-{Guid.NewGuid():N}@example.org";
        var answers = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(_ =>
            api.PostAsJsonAsync("/api/identity/staff", new { email, fullName = "Ильдар Хасанов", role = Roles.Dispatcher })));

        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict, HttpStatusCode.BadRequest }));
        Assert.Contains(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.Equal(1, await AccountsAsync(email));
    }

    [Fact]
    public async Task Parallel_uploads_to_one_request_never_store_more_files_than_it_may_hold()
    {
        var (_, api) = await factory.SignedInAsync(await factory.NewAccountAsync(Roles.Resident));
        var filed = await api.PostAsJsonAsync("/api/requests", new
        {
            buildingId = await factory.BuildingIdAsync("kazan", "kzn-000007"),
            categoryId = await factory.CategoryIdAsync("kazan", "other.other"),
            description = "Течёт кран на кухне",
            requester = new { name = "Алсу" },
        });
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        var id = (Guid)JsonNode.Parse(await filed.Content.ReadAsStringAsync())!["request"]!["id"]!;

        var answers = await Task.WhenAll(Enumerable.Range(0, 26).Select(i =>
        {
            var content = new ByteArrayContent(Png);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            return api.PostAsync(new Uri($"/api/requests/{id}/attachments?name=photo{i}.png", UriKind.Relative), content);
        }));

        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        var stored = await factory.QueryAsync("kazan", db => db.Set<RequestAttachment>().CountAsync(a => a.RequestId == id));
        Assert.Equal(20, stored);
        Assert.Equal(20, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
    }

    private async Task<int> AccountsAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var normalized = email.ToUpperInvariant();
        return await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Users.CountAsync(u => u.NormalizedEmail == normalized);
    }
}

[Collection(SqliteSecurityCollection.Name)]
public sealed class SqliteConcurrencyTests(SqliteSecurityFactory factory) : ConcurrencyTests(factory);

[Collection(PostgresSecurityCollection.Name)]
public sealed class PostgresConcurrencyTests(PostgresSecurityFactory factory) : ConcurrencyTests(factory);
