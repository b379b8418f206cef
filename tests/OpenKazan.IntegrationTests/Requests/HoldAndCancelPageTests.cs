using System.Net;
using System.Net.Http.Json;
using OpenKazan.IntegrationTests.Requests.Infrastructure;
using static OpenKazan.IntegrationTests.Requests.Infrastructure.RequestsApi;

namespace OpenKazan.IntegrationTests.Requests;

/// <summary>
/// Hold, resume and cancel on the staff request page, over real HTTP with antiforgery: offered only to whom the
/// workflow allows, refused in words (never a 500) when input is missing or the person may not act.
/// </summary>
public abstract class HoldAndCancelPageTests(RequestsFactory factory)
{
    private const string HoldForm = "handler=Hold";
    private const string CancelForm = "handler=Cancel";

    [Fact]
    public async Task The_executor_holds_with_a_reason_then_resumes_and_history_tells_both()
    {
        var (request, executor) = await AcceptedRequestAsync();
        var page = new StaffPage(factory, executor, request.Number);
        Assert.Contains(HoldForm, await page.ReadAsync(), StringComparison.Ordinal);

        var held = await page.ActAsync("Hold", new Dictionary<string, string> { ["Reason"] = "Нет доступа в квартиру" });
        Assert.Contains("Обращение приостановлено.", held, StringComparison.Ordinal);
        Assert.Contains("приостановлено", held, StringComparison.Ordinal);
        Assert.Contains("Нет доступа в квартиру", held, StringComparison.Ordinal);
        Assert.Equal("OnHold", (await StatusAsync(executor, request)).Status);

        var resumed = await page.ActAsync("Resume", new Dictionary<string, string>());
        Assert.Contains("Работа по обращению возобновлена.", resumed, StringComparison.Ordinal);
        Assert.Equal("Accepted", (await StatusAsync(executor, request)).Status);
        var history = await GetAsync<List<HistoryEntry>>(factory.ClientAs(executor), $"/api/requests/{request.Id}/history");
        Assert.Contains(history, h => h.To == "OnHold" && h.Reason == "Нет доступа в квартиру" && h.ActorRole == "Organisation");
        Assert.Contains(history, h => h.From == "OnHold" && h.To == "Accepted");
    }

    [Theory]
    [InlineData("ru", "Укажите причину приостановки.")]
    [InlineData("tt", "Туктатып тору сәбәбен күрсәтегез.")]
    [InlineData("en", "Give the reason for the hold.")]
    public async Task A_hold_without_a_reason_is_refused_in_the_readers_language_and_changes_nothing(string language, string message)
    {
        var (request, executor) = await AcceptedRequestAsync();
        var page = new StaffPage(factory, executor, request.Number, language);

        var refused = await page.RefusedAsync("Hold", new Dictionary<string, string> { ["Reason"] = "  " });

        Assert.Contains(message, refused, StringComparison.Ordinal);
        Assert.Equal("Accepted", (await StatusAsync(executor, request)).Status);
    }

    [Fact]
    public async Task The_operator_cancels_only_with_a_reason_and_once_the_cancellation_is_confirmed()
    {
        var (request, executor) = await AcceptedRequestAsync();
        var operatorPerson = TestPerson.Operator(factory.City("kazan").Id);
        var page = new StaffPage(factory, operatorPerson, request.Number);
        Assert.Contains(CancelForm, await page.ReadAsync(), StringComparison.Ordinal);

        var unconfirmed = await page.RefusedAsync("Cancel", new Dictionary<string, string> { ["Reason"] = "Дубль обращения" });
        Assert.Contains("Отметьте подтверждение отмены.", unconfirmed, StringComparison.Ordinal);
        var unexplained = await page.RefusedAsync("Cancel", new Dictionary<string, string> { ["Reason"] = " ", ["ConfirmCancel"] = "true" });
        Assert.Contains("Укажите причину отмены.", unexplained, StringComparison.Ordinal);
        Assert.Equal("Accepted", (await StatusAsync(executor, request)).Status);

        var cancelled = await page.ActAsync("Cancel", new Dictionary<string, string> { ["Reason"] = "Дубль обращения", ["ConfirmCancel"] = "true" });
        Assert.Contains("Обращение отменено.", cancelled, StringComparison.Ordinal);
        Assert.Contains("Дубль обращения", cancelled, StringComparison.Ordinal);
        Assert.Equal("Cancelled", (await StatusAsync(operatorPerson, request)).Status);
    }

    [Fact]
    public async Task Who_may_not_cancel_sees_no_button_and_a_forged_cancel_is_refused_in_words()
    {
        var (request, executor) = await AcceptedRequestAsync();
        var dispatcher = TestPerson.Dispatcher(factory.City("kazan").Id);
        var dispatcherPage = await new StaffPage(factory, dispatcher, request.Number).ReadAsync();
        Assert.DoesNotContain(CancelForm, dispatcherPage, StringComparison.Ordinal);
        Assert.Contains(HoldForm, dispatcherPage, StringComparison.Ordinal);
        var page = new StaffPage(factory, executor, request.Number);
        Assert.DoesNotContain(CancelForm, await page.ReadAsync(), StringComparison.Ordinal);

        var forged = await page.RefusedAsync("Cancel", new Dictionary<string, string> { ["Reason"] = "Просто так", ["ConfirmCancel"] = "true" });

        Assert.Contains("У вас нет прав на это действие.", forged, StringComparison.Ordinal);
        Assert.Equal("Accepted", (await StatusAsync(executor, request)).Status);
    }

    [Fact]
    public async Task The_API_takes_a_cancellation_only_with_a_reason_as_the_page_does()
    {
        var kazan = factory.City("kazan").Id;
        var resident = TestPerson.Resident(kazan);
        var building = await factory.BuildingIdAsync("kazan", "kzn-000001");
        var category = await factory.CategoryIdAsync("kazan", "lift.out-of-order");
        var request = (await SubmitAsync(factory.ClientAs(resident), NewRequest(building, category))).Request;

        var unexplained = await factory.ClientAs(resident).PostAsJsonAsync($"/api/requests/{request.Id}/cancel", new { reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, unexplained.StatusCode);
        Assert.Contains("\"reason\"", await unexplained.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual("Cancelled", (await StatusAsync(resident, request)).Status);

        var explained = await factory.ClientAs(resident).PostAsJsonAsync($"/api/requests/{request.Id}/cancel", new { reason = "Починили сами" });
        Assert.Equal(HttpStatusCode.OK, explained.StatusCode);
        Assert.Equal("Cancelled", (await StatusAsync(resident, request)).Status);
    }

    [Theory]
    [InlineData("hold")]
    [InlineData("reject")]
    public async Task The_API_refuses_a_hold_or_a_rejection_without_a_reason_and_changes_nothing(string action)
    {
        var (request, executor) = await AcceptedRequestAsync();

        foreach (var body in new object[] { new { }, new { reason = "  " } })
        {
            var refused = await factory.ClientAs(executor).PostAsJsonAsync($"/api/requests/{request.Id}/{action}", body);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("\"reason\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal("Accepted", (await StatusAsync(executor, request)).Status);
    }

    private async Task<(Request Request, TestPerson Executor)> AcceptedRequestAsync()
    {
        var kazan = factory.City("kazan").Id;
        var building = await factory.BuildingIdAsync("kazan", "kzn-000001");
        var category = await factory.CategoryIdAsync("kazan", "lift.out-of-order");
        var executor = TestPerson.Executor(kazan, await factory.OrganisationIdAsync("kazan", "kazanliftservice"));
        var request = (await SubmitAsync(factory.ClientAs(TestPerson.Resident(kazan)), NewRequest(building, category))).Request;
        return (await ActAsync(factory.ClientAs(executor), request.Id, "accept"), executor);
    }

    private Task<Request> StatusAsync(TestPerson person, Request request) =>
        GetAsync<Request>(factory.ClientAs(person), $"/api/requests/{request.Id}");
}

[Collection(SqliteRequestsCollection.Name)]
public sealed class SqliteHoldAndCancelPageTests(SqliteRequestsFactory factory) : HoldAndCancelPageTests(factory);

[Collection(PostgresRequestsCollection.Name)]
public sealed class PostgresHoldAndCancelPageTests(PostgresRequestsFactory factory) : HoldAndCancelPageTests(factory);
