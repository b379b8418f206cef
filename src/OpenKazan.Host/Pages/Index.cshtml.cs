using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using OpenKazan.BuildingBlocks.Caching;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Registry.Contracts;
using OpenKazan.Requests.Contracts;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Host.Pages;

/// <summary>A city's home page on its host; the list of cities on the base host.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicOutput.Page)]
public sealed class IndexModel(CurrentTenantAccessor currentCity, ITenantStore store, TenantScopedDbContext db, TimeProvider time) : PageModel
{
    public TenantInfo? City { get; private set; }

    public IReadOnlyList<TenantInfo> Cities { get; private set; } = [];

    public CityFigures Figures { get; private set; } = new(0, 0, 0);

    public int Buildings { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        City = currentCity.Info;
        if (City is null)
        {
            // An archived city is gone for its residents; its link would only lead to a closed page.
            Cities = [.. store.All.Where(c => c.Status != TenantStatus.Archived).OrderBy(c => c.Slug, StringComparer.Ordinal)];
            return;
        }

        Figures = await db.CityFiguresAsync(time.GetUtcNow().UtcDateTime, cancellationToken);
        Buildings = await db.CountBuildingsAsync(cancellationToken);
    }
}
