using OpenKazan.IntegrationTests.Requests.Infrastructure;
using Serilog.Events;
using static OpenKazan.IntegrationTests.Requests.Infrastructure.RequestsApi;

namespace OpenKazan.IntegrationTests.Operations;

/// <summary>Logs name the city and the request number, and nothing about the person: no name, phone, e-mail or text.</summary>
[Collection(OperationsCollection.Name)]
public sealed class LogPrivacyTests(OperationsFactory factory)
{
    [Fact]
    public async Task A_submission_is_logged_with_city_and_number_and_without_personal_data()
    {
        var resident = factory.ClientAs(TestPerson.Resident(factory.City("kazan").Id, "Гульнара Сабирова"));
        var body = new
        {
            requester = new { name = "Гульнара Сабирова", phone = "+7 (917) 444-98-76", email = "gulnara.sabirova@example.org", consentToContact = true },
            buildingId = await factory.BuildingIdAsync("kazan", "kzn-000007"),
            flat = "41",
            categoryId = await factory.CategoryIdAsync("kazan", "lift.stuck"),
            description = "Сосед сверху Рустем опять залил ванную",
        };

        var submitted = await SubmitAsync(resident, body);

        var events = factory.Log.Events.ToList();
        var filed = Assert.Single(events, e => e.Properties.TryGetValue("RequestNumber", out var n) && n is ScalarValue { Value: string s } && s == submitted.Request.Number);
        Assert.Equal("\"kazan\"", filed.Properties["City"].ToString());
        string[] personal = ["Гульнара", "Сабирова", "444-98-76", "4449876", "gulnara", "Рустем", "залил"];
        foreach (var text in events.Select(CapturedLog.Text))
        {
            Assert.DoesNotContain(personal, p => text.Contains(p, StringComparison.OrdinalIgnoreCase));
        }
    }
}
