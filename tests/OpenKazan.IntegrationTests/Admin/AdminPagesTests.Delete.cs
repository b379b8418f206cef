using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Identity.Persistence;
using OpenKazan.IntegrationTests.Identity;
using OpenKazan.Registry.Domain;
using OpenKazan.Requests.Domain;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Registry.Contracts;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.IntegrationTests.Admin;

/// <summary>Deleting registry rows: only what nothing refers to goes, the rest stays with a reason, and never across cities.</summary>
public sealed partial class AdminPagesTests
{
    private const string HasRequests = "Cannot delete: it has requests (1). Requests and their history are never deleted.";

    [Fact]
    public async Task Deleting_a_building_nothing_refers_to_removes_it_from_the_list()
    {
        var admin = await SignedInAsync(Kazan, "admin@kazan.demo");
        var (id, street) = await NewBuildingAsync(admin, "test-del-");

        var response = await DeleteAsync(admin, Kazan, $"/admin/buildings/edit/{id}");
        var list = await HtmlAsync(admin, $"{Kazan}/admin/buildings?lang=en&deleted=true&q={Uri.EscapeDataString(street)}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("deleted=True", Browser.Location(response)!.Query, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("The row was deleted.", list, StringComparison.Ordinal);
        Assert.DoesNotContain($"/admin/buildings/edit/{id}", list, StringComparison.Ordinal);
        Assert.False(await InKazanAsync(db => db.Set<Building>().AnyAsync(b => b.Address == street)));
    }

    [Fact]
    public async Task Deleting_a_building_or_a_category_with_a_request_is_refused_and_everything_remains()
    {
        var admin = await SignedInAsync(Kazan, "admin@kazan.demo");
        var (building, street) = await NewBuildingAsync(admin, "test-req-");
        var code = "test-cat-" + Guid.NewGuid().ToString("N")[..8];
        await SavedAsync(admin, $"{Kazan}/admin/categories/edit", new() { ["Code"] = code, ["NameRu"] = "Проверочная", ["Group"] = "Проверка" });
        var category = await InKazanAsync(db => db.Set<ServiceCategory>().Where(c => c.Code == code).Select(c => c.Id).SingleAsync());
        var request = await AddRequestAsync(Guid.Parse(building), category);

        var onBuilding = await DeleteAsync(admin, Kazan, $"/admin/buildings/edit/{building}");
        var onCategory = await DeleteAsync(admin, Kazan, $"/admin/categories/edit/{category}");

        var shownAgain = WebUtility.HtmlDecode(await onBuilding.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, onBuilding.StatusCode);
        Assert.Contains(HasRequests, shownAgain, StringComparison.Ordinal);
        Assert.Contains($"action=\"/admin/buildings/edit/{building}\"", shownAgain, StringComparison.Ordinal);
        Assert.Contains(HasRequests, WebUtility.HtmlDecode(await onCategory.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains(street, await HtmlAsync(admin, $"{Kazan}/admin/buildings/edit/{building}"), StringComparison.Ordinal);
        Assert.Contains(code, await HtmlAsync(admin, $"{Kazan}/admin/categories/edit/{category}"), StringComparison.Ordinal);
        Assert.True(await InKazanAsync(db => db.Set<ServiceRequest>().AnyAsync(r => r.Id == request)));
    }

    [Fact]
    public async Task Deleting_a_district_with_buildings_is_refused_with_their_number()
    {
        var admin = await SignedInAsync(Kazan, "admin@kazan.demo");
        var district = Guid.Parse(FirstOption(await HtmlAsync(admin, $"{Kazan}/admin/buildings/edit"), "DistrictId"));
        var buildings = await InKazanAsync(db => db.Set<Building>().CountAsync(b => b.DistrictId == district));

        var response = await DeleteAsync(admin, Kazan, $"/admin/districts/edit/{district}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"Cannot delete: buildings belong to it ({buildings}).", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.True(await InKazanAsync(db => db.Set<District>().AnyAsync(d => d.Id == district)));
    }

    [Fact]
    public async Task Deleting_without_the_confirmation_tick_deletes_nothing()
    {
        var admin = await SignedInAsync(Kazan, "admin@kazan.demo");
        var (id, street) = await NewBuildingAsync(admin, "test-tick-");

        var response = await admin.Inner.SubmitAsync($"{Kazan}/admin/buildings/edit/{id}", $"{Kazan}/admin/buildings/edit/{id}?handler=Delete&lang=en", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tick “I confirm the deletion” to delete the row.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains(street, await HtmlAsync(admin, $"{Kazan}/admin/buildings/edit/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_citys_admin_cannot_delete_this_citys_row()
    {
        var kazanAdmin = await SignedInAsync(Kazan, "admin@kazan.demo");
        var (id, street) = await NewBuildingAsync(kazanAdmin, "test-foreign-");
        var groznyAdmin = await SignedInAsync(Grozny, "admin@grozny.demo");

        var response = await groznyAdmin.Inner.SubmitAsync($"{Grozny}/admin/buildings/edit", $"{Grozny}/admin/buildings/edit/{id}?handler=Delete", Confirmed);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(street, await HtmlAsync(kazanAdmin, $"{Kazan}/admin/buildings/edit/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dispatcher_cannot_delete_a_registry_row()
    {
        var admin = await SignedInAsync(Kazan, "admin@kazan.demo");
        var (id, street) = await NewBuildingAsync(admin, "test-disp-");
        var dispatcher = await SignedInAsync(Kazan, "dispatcher@kazan.demo");

        var response = await dispatcher.Client.PostAsync(new Uri($"{Kazan}/admin/buildings/edit/{id}?handler=Delete"), new FormUrlEncodedContent(Confirmed));

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden || Browser.IsRedirect(response), $"{response.StatusCode}");
        Assert.Contains(street, await HtmlAsync(admin, $"{Kazan}/admin/buildings/edit/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_deleter_names_every_kind_of_row_that_refers_to_an_organisation_or_a_category()
    {
        var staffed = await StaffedOrganisationAsync();
        var refusals = await InKazanAsync(async (db, deleter) =>
        {
            var manager = await db.Set<Building>().Where(b => b.ManagingOrganisationId != null).Select(b => b.ManagingOrganisationId!.Value).FirstAsync();
            var parent = await db.Set<ServiceCategory>().Where(c => c.ParentId != null).Select(c => c.ParentId!.Value).FirstAsync();
            return (await deleter.DeleteOrganisationAsync(manager, CancellationToken.None), await deleter.DeleteCategoryAsync(parent, CancellationToken.None),
                await deleter.DeleteOrganisationAsync(staffed, CancellationToken.None));
        });

        Assert.Contains(refusals.Item1.Errors, e => e is { Field: "buildings", Reason: EditReasons.InUse });
        Assert.Contains(refusals.Item2.Errors, e => e is { Field: "service_categories", Reason: EditReasons.InUse });
        Assert.Contains(refusals.Item3.Errors, e => e is { Field: "identity_city_roles", Reason: EditReasons.InUse });
        Assert.False(refusals.Item1.Succeeded || refusals.Item2.Succeeded || refusals.Item3.Succeeded);
    }

    private static Dictionary<string, string> Confirmed => new() { ["ConfirmDelete"] = "true" };

    private static Task<HttpResponseMessage> DeleteAsync(AdminBrowser admin, string city, string page) =>
        admin.Inner.SubmitAsync(city + page, $"{city}{page}?handler=Delete&lang=en", Confirmed);

    private static async Task<(string Id, string Street)> NewBuildingAsync(AdminBrowser admin, string prefix)
    {
        var code = prefix + Guid.NewGuid().ToString("N")[..8];
        var street = "ул. Удаляемая, д. " + code[^6..];
        var district = FirstOption(await HtmlAsync(admin, $"{Kazan}/admin/buildings/edit"), "DistrictId");
        await SavedAsync(admin, $"{Kazan}/admin/buildings/edit", Building(code, street, district, null));
        return (IdInList(await HtmlAsync(admin, $"{Kazan}/admin/buildings?q={Uri.EscapeDataString(street)}"), code, "buildings"), street);
    }

    private Task<Guid> AddRequestAsync(Guid building, Guid category) => InKazanAsync(async db =>
    {
        var request = new ServiceRequest
        {
            Number = "DEL-" + Guid.NewGuid().ToString("N")[..8], RequesterName = "Проверка", Culture = "ru",
            Description = "Заявка, которая держит дом и категорию", BuildingId = building, CategoryId = category, RegisteredAt = DateTime.UtcNow,
        };
        db.Add(request);
        await db.SaveChangesAsync();
        return request.Id;
    });

    private async Task<Guid> StaffedOrganisationAsync()
    {
        var kazan = factory.Services.GetRequiredService<ITenantStore>().FindBySlug("kazan")!.Id;
        using var scope = factory.Services.CreateScope();
        var platform = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        return await platform.Memberships.Where(m => m.TenantId == kazan).SelectMany(m => m.Roles).Where(r => r.OrganisationId != null).Select(r => r.OrganisationId!.Value).FirstAsync();
    }

    private Task<T> InKazanAsync<T>(Func<TenantScopedDbContext, Task<T>> work) => InKazanAsync((db, _) => work(db));

    private async Task<T> InKazanAsync<T>(Func<TenantScopedDbContext, IRegistryDeleter, Task<T>> work)
    {
        var city = factory.Services.GetRequiredService<ITenantStore>().FindBySlug("kazan")!;
        await using var scope = factory.Services.GetRequiredService<TenantScopeFactory>().Create(city);
        return await work(scope.Services.GetRequiredService<TenantScopedDbContext>(), scope.Services.GetRequiredService<IRegistryDeleter>());
    }
}
