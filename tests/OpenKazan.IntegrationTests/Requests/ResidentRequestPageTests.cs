using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.IntegrationTests.Requests.Infrastructure;
using static OpenKazan.IntegrationTests.Requests.Infrastructure.RequestsApi;

namespace OpenKazan.IntegrationTests.Requests;

/// <summary>
/// The request page as its resident reads it, over real HTTP: the steps, the current stage's deadline and whether it
/// has passed, the confirm-or-reopen question at the top, and a history in plain words with no routing notes or
/// enum names, in each language of Kazan. Staff read the same steps and badge on their page.
/// </summary>
public abstract class ResidentRequestPageTests(RequestsFactory factory)
{
    private static readonly string[] MachineWords =
    [
        "Responsibility map", "No responsibility row", "level", "Accept:", "OrganisationHead", "Dispatcher)", "Committee)", "Escalated", "SlaBreach",
        "StatusChanged", "Dispatched", "InProgress", "Resolve", "Localise", "Event_", "Stage_", "Step_", "Role_",
    ];

    [Theory]
    [InlineData("ru", "Подано", "просрочено", "Пропущен срок этапа «Принять в работу»: обращение передано на контроль руководителю организации-исполнителя", "Обращение передано исполнителю")]
    [InlineData("tt", "Җибәрелде", "вакыты узды", "«Эшкә алу» этабы вакыты узды: мөрәҗәгать башкаручы оешма җитәкчесенә контрольгә тапшырылды", "Мөрәҗәгать башкаручыга тапшырылды")]
    [InlineData("en", "Filed", "overdue", "The deadline for “Acceptance” was missed: the request was passed to the head of the organisation", "Request sent to the organisation")]
    public async Task An_overdue_escalated_request_reads_in_plain_words_with_its_steps_and_badge(
        string language, string firstStep, string overdue, string escalation, string dispatched)
    {
        var kazan = factory.City("kazan").Id;
        var residentPerson = TestPerson.Resident(kazan);
        var resident = factory.ClientAs(residentPerson);
        var request = (await SubmitAsync(resident, NewRequest(
            await factory.BuildingIdAsync("kazan", "kzn-000005"), await factory.CategoryIdAsync("kazan", "lift.stuck"), "Застряли в лифте"))).Request;
        factory.Clock.Advance(TimeSpan.FromDays(2));
        await factory.InCityAsync("kazan", sp => sp.GetRequiredService<OpenKazan.Requests.SlaMonitor.SlaIncidentRecorder>().RunAsync(CancellationToken.None));

        var page = await ReadAsync(resident, $"/my/requests/{request.Number}?lang={language}");

        Assert.Contains(firstStep, page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"overdue\"", page, StringComparison.Ordinal);
        Assert.Contains(overdue, page, StringComparison.Ordinal);
        Assert.Contains(escalation, page, StringComparison.Ordinal);
        Assert.Contains(dispatched, page, StringComparison.Ordinal);
        AssertNoMachineWords(page);

        var staff = await new StaffPage(factory, TestPerson.Dispatcher(kazan), request.Number, language).ReadAsync();
        Assert.Contains("data-testid=\"overdue\"", staff, StringComparison.Ordinal);
        Assert.Contains(escalation, staff, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_resolved_request_asks_the_resident_first_and_confirming_reads_as_confirmed()
    {
        var kazan = factory.City("kazan").Id;
        var liftService = await factory.OrganisationIdAsync("kazan", "kazanliftservice");
        var residentPerson = TestPerson.Resident(kazan);
        var resident = factory.ClientAs(residentPerson);
        var executor = factory.ClientAs(TestPerson.Executor(kazan, liftService));
        var request = (await SubmitAsync(resident, NewRequest(
            await factory.BuildingIdAsync("kazan", "kzn-000001"), await factory.CategoryIdAsync("kazan", "lift.out-of-order")))).Request;
        await ActAsync(executor, request.Id, "accept");
        await ActAsync(executor, request.Id, "hold", new { reason = "Ждём запчасть" });
        await ActAsync(executor, request.Id, "resume");
        await ActAsync(executor, request.Id, "start");
        await ActAsync(executor, request.Id, "resolve", new { report = "Заменили кнопку вызова" });

        var page = await ReadAsync(resident, $"/my/requests/{request.Number}?lang=ru");

        var question = page.IndexOf("Работа выполнена?", StringComparison.Ordinal);
        Assert.InRange(question, 0, page.IndexOf("class=\"stepper\"", StringComparison.Ordinal));
        Assert.Contains("handler=Confirm", page, StringComparison.Ordinal);
        Assert.Contains("Открыть повторно", page, StringComparison.Ordinal);
        Assert.Contains("Обращение подано на сайте", page, StringComparison.Ordinal);
        Assert.Contains("Работы приостановлены", page, StringComparison.Ordinal);
        Assert.Contains("Ждём запчасть", page, StringComparison.Ordinal);
        Assert.Contains("Работы возобновлены", page, StringComparison.Ordinal);
        Assert.Contains("Работа выполнена", page, StringComparison.Ordinal);
        Assert.Contains("Заменили кнопку вызова", page, StringComparison.Ordinal);
        Assert.Contains("step step-current\" aria-current=\"step\"", page, StringComparison.Ordinal);
        AssertNoMachineWords(page);

        await ActAsync(resident, request.Id, "confirm");
        var confirmed = await ReadAsync(resident, $"/my/requests/{request.Number}?lang=ru");
        Assert.DoesNotContain("Работа выполнена?", confirmed, StringComparison.Ordinal);
        Assert.Contains("Заявитель подтвердил выполнение", confirmed, StringComparison.Ordinal);
        Assert.DoesNotContain("step-current", confirmed, StringComparison.Ordinal);
    }

    private static async Task<string> ReadAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        await ExpectAsync(response, HttpStatusCode.OK);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static void AssertNoMachineWords(string page)
    {
        var main = page[page.IndexOf("<main", StringComparison.Ordinal)..];
        foreach (var word in MachineWords)
        {
            Assert.False(main.Contains(word, StringComparison.Ordinal), $"The page shows \"{word}\".");
        }
    }
}

[Collection(SqliteRequestsCollection.Name)]
public sealed class SqliteResidentRequestPageTests(SqliteRequestsFactory factory) : ResidentRequestPageTests(factory);

[Collection(PostgresRequestsCollection.Name)]
public sealed class PostgresResidentRequestPageTests(PostgresRequestsFactory factory) : ResidentRequestPageTests(factory);
