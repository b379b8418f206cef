using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using OpenKazan.BuildingBlocks.Caching;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Feedback.Contracts;
using OpenKazan.Registry.Contracts;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Host.Pages.Transparency;

/// <summary>The public ranking of managing organisations: one period, whole city or one district, with its history.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicOutput.Page)]
public sealed class RatingsModel(IOrganisationRatings ratings, CurrentTenantAccessor currentCity, TenantScopedDbContext db) : PageModel
{
    public CityRatings? Current { get; private set; }

    public IReadOnlyList<CityRatings> History { get; private set; } = [];

    public IReadOnlyList<NamedDistrict> Districts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? period, string? district, CancellationToken cancellationToken)
    {
        if (currentCity.Info is null || period?.Length > 8 || ratings.PeriodOf(period) is not { } chosen)
        {
            return NotFound();
        }

        var area = string.IsNullOrWhiteSpace(district) ? null : await ratings.DistrictAsync(district, cancellationToken);
        if (!string.IsNullOrWhiteSpace(district) && area is null)
        {
            return NotFound();
        }

        Districts = await db.NamedDistrictsAsync(cancellationToken);
        Current = await ratings.RateAsync(chosen, area, cancellationToken);
        var history = new List<CityRatings>();
        foreach (var past in ratings.History())
        {
            history.Add(past.Key == chosen.Key ? Current : await ratings.RateAsync(past, area, cancellationToken));
        }

        History = history;
        return Page();
    }
}
