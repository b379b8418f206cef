using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.FeatureManagement;
using OpenKazan.BuildingBlocks;
using OpenKazan.BuildingBlocks.Caching;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Feedback.Contracts;
using OpenKazan.Registry.Contracts;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Host.Pages.Transparency;

/// <summary>The public list of open requests by district: building addresses only, no personal data.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicOutput.Page)]
public sealed class OpenRequestsModel(
    IOpenRequests openRequests, CurrentTenantAccessor currentCity, TenantScopedDbContext db, IFeatureManager features) : PageModel
{
    /// <summary>The city's "public map" switch: the map of open requests by building above the list.</summary>
    public bool ShowMap { get; private set; }

    public IReadOnlyList<NamedDistrict> Districts { get; private set; } = [];

    public IReadOnlyList<IGrouping<string, PublicRequestDto>> ByDistrict { get; private set; } = [];

    public string? District { get; private set; }

    /// <summary>The page shown, from 1; the list is bounded so a whole city's open requests never go out at once.</summary>
    public int PageNumber { get; private set; }

    public bool HasNextPage { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? district, int? page, CancellationToken cancellationToken)
    {
        if (currentCity.Info is null || district?.Length > 64 || page is < 1 or > 100_000)
        {
            return NotFound();
        }

        District = string.IsNullOrWhiteSpace(district) ? null : district;
        PageNumber = page ?? 1;
        ShowMap = await features.IsEnabledAsync(CityFeatures.PublicMap);
        Districts = await db.NamedDistrictsAsync(cancellationToken);
        var requests = await openRequests.OpenPageAsync(District, PageNumber, IOpenRequests.PageSize, cancellationToken);
        HasNextPage = requests.Count > IOpenRequests.PageSize;
        requests = requests.Take(IOpenRequests.PageSize).ToList();
        ByDistrict = requests.GroupBy(r => r.District).OrderBy(g => g.Key, StringComparer.CurrentCulture).ToList();
        return Page();
    }
}
