using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Registry.Lookups;
using OpenKazan.Requests.Lookup;

namespace OpenKazan.Host.Pages.Dispatch;

/// <summary>The dispatcher's live queue: the city's open requests, filtered by a plain GET form so links can be shared.</summary>
[Authorize(Policy = Policies.Dispatcher)]
public sealed class QueueModel(RequestQueries queries, TenantScopedDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? District { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Organisation { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Unassigned { get; set; }

    public IReadOnlyList<DistrictDto> Districts { get; private set; } = [];

    public IReadOnlyList<OrganisationDto> Organisations { get; private set; } = [];

    public IReadOnlyList<CategoryDto> Categories { get; private set; } = [];

    public IReadOnlyList<RequestRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Districts = await db.DistrictsAsync(ct);
        Organisations = await db.OrganisationsAsync(ct);
        Categories = await db.CategoriesAsync(ct);
        Rows = await queries.QueueAsync(new QueueFilter(District, Organisation, Category, Status, Overdue, Unassigned), ct);
    }
}
