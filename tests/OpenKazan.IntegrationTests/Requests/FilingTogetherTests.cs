using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using OpenKazan.IntegrationTests.Requests.Infrastructure;
using OpenKazan.Open311.Requests;
using OpenKazan.Requests.Contracts;
using OpenKazan.Requests.Domain;
using static OpenKazan.IntegrationTests.Open311.Open311Api;

namespace OpenKazan.IntegrationTests.Requests;

/// <summary>
/// A request is filed together with what belongs to it, or not at all: Open311's record of who submitted it (its
/// identity for that client) and the photos a resident sends with the form. Each test breaks the second write and
/// shows that no request is left without it; the client or resident is told it failed and may simply try again.
/// </summary>
public abstract partial class FilingTogetherTests(FailingWritesFactory factory)
{
    private const string Kazan = "http://kazan.localhost";
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 1, 2, 3];

    [Fact]
    public async Task An_Open311_request_whose_submission_record_cannot_be_written_is_not_filed_and_a_retry_files_both()
    {
        var description = $"Лифт стоит между этажами {Guid.NewGuid():N}";
        (string, string)[] form = [("api_key", KazanKey), ("service_code", "lift.out-of-order"), ("attribute[entrance]", "1"), ("address_id", "kzn-000001"), ("description", description)];

        using (factory.Faults.FailInsertsInto("open311_submissions"))
        {
            var failed = await factory.ClientFor("kazan.localhost").PostAsync(new Uri("/open311/v2/requests.json", UriKind.Relative), new FormUrlEncodedContent(Pairs(form)));
            Assert.True((int)failed.StatusCode >= 500, $"Expected a server error, got {failed.StatusCode}.");
        }

        Assert.Equal(0, await FiledAsync(description));
        var (status, created) = await PostJsonAsync(factory.ClientFor("kazan.localhost"), "/open311/v2/requests.json", form);
        Assert.Equal(HttpStatusCode.OK, status);
        var number = created[0]!["service_request_id"]!.GetValue<string>();
        Assert.Equal(1, await FiledAsync(description));
        Assert.Equal(0, await factory.QueryAsync("kazan", db => db.Set<ServiceRequest>().CountAsync(r =>
            r.Channel == RequestChannel.Open311 && !db.Set<Open311Submission>().Any(s => s.RequestId == r.Id))));
        Assert.True(await factory.QueryAsync("kazan", db => db.Set<ServiceRequest>().AnyAsync(r => r.Number == number)));
    }

    [Fact]
    public async Task A_photo_the_store_refuses_fails_the_resident_form_and_files_no_request_without_it()
    {
        var description = $"Течёт кран на кухне {Guid.NewGuid():N}";
        var resident = ResidentBrowser();

        using (factory.Faults.FailStorage())
        {
            var failed = await resident.SendAsync(await FormAsync(resident, description));
            Assert.NotEqual(HttpStatusCode.Redirect, failed.StatusCode);
        }

        Assert.Equal(0, await FiledAsync(description));
        var filed = await resident.SendAsync(await FormAsync(resident, description));
        Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);
        Assert.Equal(1, await factory.QueryAsync("kazan", db =>
            db.Set<RequestAttachment>().CountAsync(a => db.Set<ServiceRequest>().Any(r => r.Id == a.RequestId && r.Description == description))));
    }

    [Fact]
    public async Task A_resident_form_whose_save_fails_after_the_photo_was_stored_files_nothing_and_leaves_no_file()
    {
        var description = $"Протекает потолок {Guid.NewGuid():N}";
        var resident = ResidentBrowser();
        var storedBefore = factory.Faults.Stored.ToList();

        using (factory.Faults.FailInsertsInto("request_attachments"))
        {
            var failed = await resident.SendAsync(await FormAsync(resident, description));
            Assert.NotEqual(HttpStatusCode.Redirect, failed.StatusCode);
        }

        Assert.Equal(0, await FiledAsync(description));
        var stored = Assert.Single(factory.Faults.Stored.Except(storedBefore));
        Assert.Contains(stored, factory.Faults.Removed);
    }

    [Fact]
    public async Task A_resident_form_whose_save_fails_is_shown_again_with_what_was_typed_and_a_message_in_the_residents_language()
    {
        var description = $"Нет горячей воды {Guid.NewGuid():N}";
        var resident = ResidentBrowser();

        HttpResponseMessage failed;
        using (factory.Faults.FailInsertsInto("requests"))
        {
            failed = await resident.SendAsync(await FormAsync(resident, description, "/my/requests/new?lang=tt"));
        }

        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        var page = WebUtility.HtmlDecode(await failed.Content.ReadAsStringAsync());
        Assert.Contains("Мөрәҗәгатьне саклап булмады", page, StringComparison.Ordinal);
        Assert.Contains(description, page, StringComparison.Ordinal);
        Assert.Equal(0, await FiledAsync(description));
    }

    [Fact]
    public async Task An_operator_filing_whose_save_fails_is_shown_again_with_the_callers_details_and_a_message()
    {
        var description = $"Не работает домофон {Guid.NewGuid():N}";
        var operatorBrowser = factory.CreateDefaultClient(new Uri($"{Kazan}/"), new CookieContainerHandler(new CookieContainer()));
        TestPerson.Operator(factory.City("kazan").Id).Apply(operatorBrowser);
        var console = $"/callcentre?lang=en&BuildingId={await factory.BuildingIdAsync("kazan", "kzn-000007")}";
        var token = AntiforgeryToken().Match(await operatorBrowser.GetStringAsync(new Uri(console, UriKind.Relative)));
        Assert.True(token.Success, "No antiforgery token on the call-centre console.");
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            ["BuildingId"] = (await factory.BuildingIdAsync("kazan", "kzn-000007")).ToString(),
            ["CategoryId"] = (await factory.CategoryIdAsync("kazan", "other.other")).ToString(),
            ["Phone"] = "8-917-555-43-21",
            ["CallerName"] = "Рустем Галиев",
            ["Description"] = description,
            ["ConfirmDuplicate"] = "true",
        });

        HttpResponseMessage failed;
        using (factory.Faults.FailInsertsInto("requests"))
        {
            failed = await operatorBrowser.PostAsync(new Uri(console, UriKind.Relative), form);
        }

        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        var page = WebUtility.HtmlDecode(await failed.Content.ReadAsStringAsync());
        Assert.Contains("The request could not be saved and was not filed.", page, StringComparison.Ordinal);
        Assert.Contains(description, page, StringComparison.Ordinal);
        Assert.Contains("Рустем Галиев", page, StringComparison.Ordinal);
        Assert.Equal(0, await FiledAsync(description));
    }

    private Task<int> FiledAsync(string description) =>
        factory.QueryAsync("kazan", db => db.Set<ServiceRequest>().CountAsync(r => r.Description == description));

    private static Dictionary<string, string> Pairs((string Name, string Value)[] form) => form.ToDictionary(p => p.Name, p => p.Value);

    /// <summary>A signed-in resident's browser on the city's host, keeping the antiforgery cookie.</summary>
    private HttpClient ResidentBrowser()
    {
        var client = factory.CreateDefaultClient(new Uri($"{Kazan}/"), new CookieContainerHandler(new CookieContainer()));
        TestPerson.Resident(factory.City("kazan").Id).Apply(client);
        return client;
    }

    /// <summary>The resident form as the page posts it: the fields, one photo and the antiforgery token read from the page.</summary>
    private async Task<HttpRequestMessage> FormAsync(HttpClient resident, string description, string path = "/my/requests/new")
    {
        var page = await resident.GetStringAsync(new Uri("/my/requests/new", UriKind.Relative));
        var token = AntiforgeryToken().Match(page);
        Assert.True(token.Success, "No antiforgery token on the resident form.");
        var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken" },
            { new StringContent((await factory.BuildingIdAsync("kazan", "kzn-000007")).ToString()), "BuildingId" },
            { new StringContent((await factory.CategoryIdAsync("kazan", "other.other")).ToString()), "CategoryId" },
            { new StringContent("12"), "Flat" },
            { new StringContent(description), "Description" },
            { new StringContent("8-917-555-12-34"), "Phone" },
            { new ByteArrayContent(Png), "Photos", "leak.png" },
        };
        return new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = form };
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}

[Collection(FailingWritesSqliteCollection.Name)]
public sealed class SqliteFilingTogetherTests(SqliteFailingWritesFactory factory) : FilingTogetherTests(factory);

[Collection(FailingWritesPostgresCollection.Name)]
public sealed class PostgresFilingTogetherTests(PostgresFailingWritesFactory factory) : FilingTogetherTests(factory);
