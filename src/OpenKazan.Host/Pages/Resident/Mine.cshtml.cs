using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Host.Pages.Resident;

/// <summary>The requests the signed-in resident filed, newest first, with their status and next deadline.</summary>
[Authorize(Policy = Policies.CityUser)]
public sealed class MineModel(IRequestLookup queries, ICurrentUser user) : PageModel
{
    public IReadOnlyList<RequestRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await queries.MineAsync(user, ct);
}
