using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpenKazan.Registry.Domain;

namespace OpenKazan.IntegrationTests.Admin;

/// <summary>Open311 clients cache a city's services until its discovery changeset moves; every category change moves it.</summary>
public sealed partial class AdminPagesTests
{
    [Fact]
    public async Task Adding_or_deleting_a_category_moves_the_citys_open311_changeset_and_only_that_citys()
    {
        var admin = await SignedInAsync(Kazan, "admin@kazan.demo");
        var kazanBefore = await ChangesetAsync(admin, Kazan);
        var groznyBefore = await ChangesetAsync(admin, Grozny);
        var code = "test-svc-" + Guid.NewGuid().ToString("N")[..8];

        await SavedAsync(admin, $"{Kazan}/admin/categories/edit", new() { ["Code"] = code, ["NameRu"] = "Новая услуга", ["Group"] = "other" });
        var added = await ChangesetAsync(admin, Kazan);
        var category = await InKazanAsync(db => db.Set<ServiceCategory>().Where(c => c.Code == code).Select(c => c.Id).SingleAsync());
        await DeleteAsync(admin, Kazan, $"/admin/categories/edit/{category}");
        var deleted = await ChangesetAsync(admin, Kazan);

        Assert.True(string.CompareOrdinal(added, kazanBefore) > 0, $"{added} after {kazanBefore}");
        Assert.True(string.CompareOrdinal(deleted, added) > 0, $"{deleted} after {added}");
        Assert.Equal(groznyBefore, await ChangesetAsync(admin, Grozny));
    }

    private static async Task<string> ChangesetAsync(AdminBrowser browser, string city)
    {
        var discovery = JsonNode.Parse(await HtmlAsync(browser, $"{city}/open311/discovery.json"))!;
        return discovery["changeset"]!.GetValue<string>();
    }
}
