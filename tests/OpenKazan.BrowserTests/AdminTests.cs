using Microsoft.Playwright;

namespace OpenKazan.BrowserTests;

/// <summary>
/// The city administration in a real browser: the TenantAdmin adds a district and a building to it, cannot delete the
/// district while the building is in it, and deletes the building.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AdminTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_city_admin_adds_a_district_and_a_building_in_it()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var admin = await DemoCity.SignInAsync(fixture, "kazan", "admin");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Администрирование", Exact = true }).ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Районы", Exact = true }).ClickAsync();
        Assert.Empty(await Accessibility.SeriousViolationsAsync(admin));

        await admin.GetByRole(AriaRole.Link, new() { Name = "Новый район" }).ClickAsync();
        await admin.GetByLabel("Код").FillAsync($"test-{suffix}");
        await admin.GetByLabel("Название (русский)").FillAsync($"Тестовый район {suffix}");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToHaveTextAsync("Изменения сохранены.");
        await Assertions.Expect(admin.Locator("table")).ToContainTextAsync($"Тестовый район {suffix}");

        await admin.GotoAsync(fixture.Url("kazan.localhost", "/admin/buildings/edit"));
        await admin.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();
        await Assertions.Expect(admin.Locator("#Code-error")).ToHaveTextAsync("Заполните это поле.");
        Assert.Empty(await Accessibility.SeriousViolationsAsync(admin));

        await admin.GetByLabel("Код", new() { Exact = true }).FillAsync($"test-b-{suffix}");
        await admin.GetByLabel("Адрес").FillAsync($"ул. Тестовая, д. {suffix}");
        await admin.GetByLabel("Район", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = $"Тестовый район {suffix}" });
        await admin.GetByLabel("Широта").FillAsync("55.79");
        await admin.GetByLabel("Долгота").FillAsync("49.12");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Изменения сохранены.");

        await admin.GetByLabel("Поиск по адресу").FillAsync($"Тестовая, д. {suffix}");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Найти" }).ClickAsync();
        await Assertions.Expect(admin.Locator("table")).ToContainTextAsync($"test-b-{suffix}");
        await DemoCity.ScreenshotAsync(admin, "kazan-admin-buildings");

        await admin.GotoAsync(fixture.Url("kazan.localhost", "/admin/districts"));
        await admin.GetByRole(AriaRole.Link, new() { Name = $"Изменить Тестовый район {suffix}" }).ClickAsync();
        await admin.GetByLabel("Подтверждаю удаление").CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Удалить" }).ClickAsync();
        await Assertions.Expect(admin.Locator("#form-errors")).ToContainTextAsync("Нельзя удалить: к этой записи относятся дома (1).");
        Assert.Empty(await Accessibility.SeriousViolationsAsync(admin));

        await admin.GotoAsync(fixture.Url("kazan.localhost", "/admin/buildings?q=" + Uri.EscapeDataString($"Тестовая, д. {suffix}")));
        await admin.GetByRole(AriaRole.Link, new() { Name = $"Изменить ул. Тестовая, д. {suffix}" }).ClickAsync();
        await admin.GetByLabel("Подтверждаю удаление").CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Удалить" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Строка удалена.");
    }
}
