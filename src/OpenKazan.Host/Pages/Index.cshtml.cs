using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Caching;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Registry.Domain;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Host.Pages;

/// <summary>A city's home page on its host; the list of cities on the base host.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicOutput.Page)]
public sealed class IndexModel(CurrentTenantAccessor currentCity, ITenantStore store, TenantScopedDbContext db) : PageModel
{
    public TenantInfo? City { get; private set; }

    public IReadOnlyList<TenantInfo> Cities { get; private set; } = [];

    public int Districts { get; private set; }

    public int Buildings { get; private set; }

    public int Organisations { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        City = currentCity.Info;
        if (City is null)
        {
            Cities = store.All;
            return;
        }

        Districts = await db.Set<District>().CountAsync(cancellationToken);
        Buildings = await db.Set<Building>().CountAsync(cancellationToken);
        Organisations = await db.Set<Organisation>().CountAsync(cancellationToken);
    }
}
