using Microsoft.AspNetCore.Authorization;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Onboarding.Contracts;

namespace OpenKazan.Host.Pages.Central;

/// <summary>The central team's overview of every city: status, size, requests per day, SLA compliance.</summary>
[Authorize(Policy = Policies.CentralTeam)]
public sealed class IndexModel(ICitiesOverview overview) : CentralPage
{
    public IReadOnlyList<CityOverviewRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Rows = await overview.ListAsync(cancellationToken);
}
