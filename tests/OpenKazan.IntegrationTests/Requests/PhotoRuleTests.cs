using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenKazan.IntegrationTests.Requests.Infrastructure;
using OpenKazan.Requests.Contracts;
using OpenKazan.Requests.Domain;
using static OpenKazan.IntegrationTests.Requests.Infrastructure.RequestsApi;

namespace OpenKazan.IntegrationTests.Requests;

/// <summary>
/// The category's "photo required" rule, and a new request's photos filed in the same unit of work as the request:
/// a resident's request in yard cleaning needs its photo, a caller's and an emergency do not.
/// </summary>
public abstract class PhotoRuleTests(RequestsFactory factory)
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 1, 2, 3];

    public sealed record Attachment(Guid Id, string FileName, string ContentType, long Size, bool IsReport);

    [Fact]
    public async Task A_resident_cannot_file_yard_cleaning_without_a_photo_and_files_it_with_one_in_one_call()
    {
        var kazan = factory.City("kazan").Id;
        var resident = factory.ClientAs(TestPerson.Resident(kazan));
        var body = NewRequest(await factory.BuildingIdAsync("kazan", "kzn-000041"), await factory.CategoryIdAsync("kazan", "yard.cleaning"), "Двор не убирают неделю");

        var refused = await resident.PostAsJsonAsync("/api/requests", body);
        await ExpectProblemAsync(refused, "yard cleaning without a photo");
        Assert.Contains("\"photos\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var filed = await resident.PostAsync(new Uri("/api/requests", UriKind.Relative), Multipart(body, ("photos", "yard.png", Png)));
        await ExpectAsync(filed, HttpStatusCode.Created);
        var request = (await filed.Content.ReadFromJsonAsync<Submitted>(Json))!.Request;
        var attachment = Assert.Single(await GetAsync<List<Attachment>>(resident, $"/api/requests/{request.Id}/attachments"));
        Assert.Equal(("yard.png", "image/png", Png.Length), (attachment.FileName, attachment.ContentType, attachment.Size));
        var history = await GetAsync<List<HistoryEntry>>(resident, $"/api/requests/{request.Id}/history");
        Assert.Contains(history, h => h.Kind == RequestEventKinds.AttachmentAdded && h.Reason == "yard.png");
        var photo = await resident.GetAsync(new Uri($"/api/requests/{request.Id}/attachments/{attachment.Id}", UriKind.Relative));
        Assert.Equal(Png, await photo.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_file_that_is_not_a_photo_refuses_the_whole_submission_and_nothing_is_filed()
    {
        var kazan = factory.City("kazan").Id;
        var resident = factory.ClientAs(TestPerson.Resident(kazan));
        var description = $"Сугробы во дворе {Guid.NewGuid():N}";
        var body = NewRequest(await factory.BuildingIdAsync("kazan", "kzn-000042"), await factory.CategoryIdAsync("kazan", "yard.snow"), description);

        var refused = await resident.PostAsync(new Uri("/api/requests", UriKind.Relative),
            Multipart(body, ("photos", "snow.png", Png), ("photos", "virus.exe", "MZ\u0090\0"u8.ToArray())));
        await ExpectProblemAsync(refused, "a file that is not a photo");
        Assert.Contains("virus.exe", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var broken = await resident.PostAsync(new Uri("/api/requests", UriKind.Relative), Multipart("{not json", ("photos", "snow.png", Png)));
        await ExpectProblemAsync(broken, "a request part that is not JSON");
        Assert.Equal(0, await factory.QueryAsync("kazan", db => db.Set<ServiceRequest>().CountAsync(r => r.Description == description)));
    }

    [Fact]
    public async Task A_caller_on_the_phone_and_an_emergency_are_never_held_back_for_a_photo()
    {
        var kazan = factory.City("kazan").Id;
        var operatorClient = factory.ClientAs(TestPerson.Operator(kazan));
        var resident = factory.ClientAs(TestPerson.Resident(kazan));

        var byPhone = await SubmitAsync(operatorClient, NewRequest(
            await factory.BuildingIdAsync("kazan", "kzn-000043"), await factory.CategoryIdAsync("kazan", "rubbish.collection"), "Мусор не вывозят"));
        var leak = await SubmitAsync(resident, NewRequest(
            await factory.BuildingIdAsync("kazan", "kzn-000044"), await factory.CategoryIdAsync("kazan", "roof.leak"), "Течёт крыша над квартирой"));

        Assert.Equal("Dispatched", byPhone.Request.Status);
        Assert.Equal("Emergency", leak.Request.Priority);
    }

    private static MultipartFormDataContent Multipart(object request, params (string Name, string FileName, byte[] Content)[] files) =>
        Multipart(JsonSerializer.Serialize(request, Json), files);

    private static MultipartFormDataContent Multipart(string request, params (string Name, string FileName, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent { { new StringContent(request), "request" } };
        foreach (var (name, fileName, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, name, fileName);
        }

        return form;
    }
}

[Collection(SqliteRequestsCollection.Name)]
public sealed class SqlitePhotoRuleTests(SqliteRequestsFactory factory) : PhotoRuleTests(factory);

[Collection(PostgresRequestsCollection.Name)]
public sealed class PostgresPhotoRuleTests(PostgresRequestsFactory factory) : PhotoRuleTests(factory);
