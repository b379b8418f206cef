using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Registry.Contracts;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Host.Pages.Dispatch;

/// <summary>
/// A work queue page (the dispatcher's queue, an organisation's inbox): filters in a plain GET form so links can be
/// shared, keyset pages by a cursor, counts beside every filter value. Who sees what is decided by <see cref="IWorkQueueReader"/>.
/// </summary>
public abstract class WorkQueuePageModel(IWorkQueueReader queue, TenantScopedDbContext db, ICurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? District { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Organisation { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public RequestChannel? Channel { get; set; }

    [BindProperty(SupportsGet = true)]
    public RequestStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public DeadlineFilter Deadline { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Unassigned { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    /// <summary>Whether the page lets one choose an organisation (the city-wide queue) or shows one organisation's work.</summary>
    public abstract bool CityWide { get; }

    public abstract string Title { get; }

    public IReadOnlyList<DistrictDto> Districts { get; private set; } = [];

    public IReadOnlyList<OrganisationDto> Organisations { get; private set; } = [];

    public IReadOnlyList<CategoryDto> Categories { get; private set; } = [];

    public WorkQueuePage Result { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Districts = await db.DistrictsAsync(ct);
        Organisations = CityWide ? await db.OrganisationsAsync(ct) : [];
        Categories = await db.CategoriesAsync(ct);

        // The older "Overdue" link (a checkbox) still works; bad values of any filter are simply not applied.
        Deadline = Overdue ? DeadlineFilter.Overdue : Deadline;
        Status = Status is { } s && RequestStatuses.Open.Contains(s) ? s : null;
        var cursor = QueueCursor.TryParse(After, out var parsed) ? parsed : null;
        var query = new WorkQueueQuery(District, CityWide ? Organisation : null, Category, Channel, Status, Deadline,
            CityWide && Unassigned, cursor);
        Result = await queue.ReadAsync(query, user, ct);
    }

    /// <summary>The same filters with the given cursor: the link to the next page or back to the first.</summary>
    public string? PageLink(string? after) => Url.Page(null, new
    {
        District, Organisation, Category, Channel, Status,
        Deadline = Deadline == DeadlineFilter.Any ? (DeadlineFilter?)null : Deadline,
        Unassigned = Unassigned ? true : (bool?)null,
        After = after,
    });
}
