using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OpenKazan.IntegrationTests.Requests.Infrastructure;

/// <summary>The shapes the tests read back, and small helpers to call the API and check answers.</summary>
public static class RequestsApi
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public sealed record Deadline(string Stage, DateTime DueAt, DateTime WarnAt, DateTime? CompletedAt);

    public sealed record Request(Guid Id, string Number, string Status, string Priority, Guid? OrganisationId, long Version, List<Deadline> Deadlines);

    public sealed record Duplicate(Guid Id, string Number, string Status);

    public sealed record Submitted(Request Request, List<Duplicate> PossibleDuplicates);

    public sealed record HistoryEntry(string Kind, string? From, string? To, string ActorRole, string? Reason);

    public sealed record Comment(Guid Id, string Text, bool Internal);

    public sealed record QueueRow(Guid Id, string Number, string Status, string Priority, DateTime? NextDueAt);

    public sealed record QueueCounts(int Overdue, int Near, int Unassigned, Dictionary<string, int> ByStatus, Dictionary<Guid, int> ByOrganisation,
        Dictionary<Guid, int> ByCategory, Dictionary<Guid, int> ByDistrict, Dictionary<string, int> ByChannel);

    public sealed record QueuePage(int Total, List<QueueRow> Items, string? Next, QueueCounts Counts);

    public sealed record Decision(Guid? OrganisationId, string Rule, string Reason);

    public static object NewRequest(Guid buildingId, Guid categoryId, string description = "Лифт не работает третий день") => new
    {
        requester = new { name = "Айгуль Хасанова", phone = "+7 (917) 555-12-34", email = "aigul@example.org", consentToContact = true },
        buildingId,
        flat = "12",
        entrance = "2",
        categoryId,
        description,
    };

    public static async Task<Submitted> SubmitAsync(HttpClient client, object body)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.PostAsJsonAsync("/api/requests", body);
        await ExpectAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<Submitted>(Json))!;
    }

    public static async Task<Request> ActAsync(HttpClient client, Guid id, string action, object? body = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.PostAsJsonAsync($"/api/requests/{id}/{action}", body ?? new { });
        await ExpectAsync(response, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<Request>(Json))!;
    }

    public static async Task<T> GetAsync<T>(HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        await ExpectAsync(response, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    public static async Task ExpectAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.StatusCode != status)
        {
            Assert.Fail($"Expected {(int)status}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>A 4xx with a problem+json body: the shape every refusal of this API has.</summary>
    public static async Task ExpectProblemAsync(HttpResponseMessage response, string what)
    {
        ArgumentNullException.ThrowIfNull(response);
        var code = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(code is >= 400 and < 500, $"{what}: expected a 4xx, got {code}: {body}");
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json",
            $"{what}: expected problem+json, got '{response.Content.Headers.ContentType}' ({code}): {body}");
    }
}
