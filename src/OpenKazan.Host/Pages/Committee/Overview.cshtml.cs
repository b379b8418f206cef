using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Host.Pages.Committee;

/// <summary>The committee's overview: today's intake, open and overdue work by organisation, SLA compliance.</summary>
[Authorize(Policy = Policies.CitySupervisor)]
public sealed class OverviewModel(ICityOverview overview) : PageModel
{
    public CityOverviewDto Data { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Data = await overview.ReadAsync(ct);
}
