using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.FeatureManagement;
using OpenKazan.BuildingBlocks;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Feedback.OpenData;
using OpenKazan.Feedback.PublicRequests;
using OpenKazan.Registry.Domain;
using OpenKazan.Tenancy;

namespace OpenKazan.Host.Pages.Transparency;

/// <summary>The public list of open requests by district: building addresses only, no personal data.</summary>
[AllowAnonymous]
public sealed class OpenRequestsModel(
    OpenRequestReader reader, CurrentTenantAccessor currentCity, TenantScopedDbContext db, IFeatureManager features) : PageModel
{
    /// <summary>The city's "public map" switch: the map of open requests by building above the list.</summary>
    public bool ShowMap { get; private set; }

    public IReadOnlyList<District> Districts { get; private set; } = [];

    public IReadOnlyList<IGrouping<string, PublicRequestDto>> ByDistrict { get; private set; } = [];

    public string? District { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? district, CancellationToken cancellationToken)
    {
        if (currentCity.Info is null || district?.Length > 64)
        {
            return NotFound();
        }

        District = string.IsNullOrWhiteSpace(district) ? null : district;
        ShowMap = await features.IsEnabledAsync(CityFeatures.PublicMap);
        Districts = await db.Set<District>().AsNoTracking().OrderBy(d => d.Code).ToListAsync(cancellationToken);
        var requests = await PublicRequestsEndpoints.ReadAsync(reader, District, cancellationToken);
        ByDistrict = requests.GroupBy(r => r.District).OrderBy(g => g.Key, StringComparer.CurrentCulture).ToList();
        return Page();
    }
}
