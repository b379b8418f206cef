using System.Net.Http.Json;
using System.Text.RegularExpressions;
using OpenKazan.IntegrationTests.Requests.Infrastructure;
using OpenKazan.Persistence;
using static OpenKazan.IntegrationTests.Requests.Infrastructure.RequestsApi;

namespace OpenKazan.IntegrationTests.Transparency;

/// <summary>The application with header sign-in and a fake clock, for the transparency tests only (they move the clock by months).</summary>
public class TransparencyFactory() : RequestsFactory(DatabaseProvider.Sqlite)
{
    public Guid Kazan => City("kazan").Id;

    /// <summary>A request of the entrance category (routed to the building's managing organisation), taken to Resolved.</summary>
    public async Task<Request> ResolvedRequestAsync(HttpClient resident, string buildingCode, object? body = null, string city = "kazan")
    {
        ArgumentNullException.ThrowIfNull(resident);
        var request = await OpenRequestAsync(resident, buildingCode, body, city);
        var executor = ClientAs(TestPerson.Executor(City(city).Id, request.OrganisationId!.Value), city);
        await ActAsync(executor, request.Id, "accept");
        await ActAsync(executor, request.Id, "start");
        return await ActAsync(executor, request.Id, "resolve", new { report = "Подъезд отремонтирован." });
    }

    public async Task<Request> OpenRequestAsync(HttpClient resident, string buildingCode, object? body = null, string city = "kazan")
    {
        ArgumentNullException.ThrowIfNull(resident);
        var building = await BuildingIdAsync(city, buildingCode);
        var category = await CategoryIdAsync(city, "other.entrance");
        return (await SubmitAsync(resident, body ?? NewRequest(building, category))).Request;
    }

    /// <summary>Posts a Razor form the way a browser does: the antiforgery token from the page, then the fields.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(fields);
        var page = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token), $"{path} has no antiforgery token");
        fields["__RequestVerificationToken"] = token;
        return await client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(fields));
    }

    public static Task<HttpResponseMessage> PutFeedbackAsync(HttpClient client, string number, object body) =>
        client.PutAsJsonAsync($"/api/transparency/requests/{number}/feedback", body);
}

[CollectionDefinition(Name)]
public sealed class TransparencyCollection : ICollectionFixture<TransparencyFactory>
{
    public const string Name = "transparency-sqlite";
}
