using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Host.Areas;
using OpenKazan.Registry.Contracts;

namespace OpenKazan.Host.Pages.Admin;

public sealed class BuildingModel(TenantScopedDbContext db, IRegistryEditor editor, IRegistryDeleter deleter, IStringLocalizer<AdminResource> text) : AdminPageModel(text)
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Address { get; set; }

    [BindProperty]
    public Guid? DistrictId { get; set; }

    /// <summary>Typed as text: a coordinate is written with a point whatever the page's language.</summary>
    [BindProperty]
    public string? Latitude { get; set; }

    [BindProperty]
    public string? Longitude { get; set; }

    [BindProperty]
    public Guid? ManagingOrganisationId { get; set; }

    [BindProperty]
    public int? Floors { get; set; }

    [BindProperty]
    public int? Flats { get; set; }

    [BindProperty]
    public int? YearBuilt { get; set; }

    public IReadOnlyList<DistrictDto> Districts { get; private set; } = [];

    public IReadOnlyList<OrganisationDto> Managers { get; private set; } = [];

    public StoredBoundaries Boundaries { get; private set; } = new(null, new Dictionary<Guid, Boundary>());

    /// <summary>The stored boundaries with the point as the form has it now (saved, or typed and refused).</summary>
    public BuildingMap Map => new(Boundaries, DistrictId,
        Coordinate(Latitude) is { } latitude && Coordinate(Longitude) is { } longitude ? new GeoPoint(latitude, longitude) : null);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadChoicesAsync(ct);
        if (Id is null)
        {
            return Page();
        }

        var row = await db.BuildingRecordAsync(Id.Value, ct);
        if (row is null)
        {
            return NotFound();
        }

        (Code, Address, DistrictId, ManagingOrganisationId) = (row.Code, row.Address, row.DistrictId, row.ManagingOrganisationId);
        (Latitude, Longitude) = (Invariant(row.Latitude), Invariant(row.Longitude));
        (Floors, Flats, YearBuilt) = (row.Floors, row.Flats, row.YearBuilt);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct) =>
        await DeleteOutcomeAsync(() => deleter.DeleteBuildingAsync(Id ?? Guid.Empty, ct), "/Admin/Buildings", () => OnGetAsync(ct));

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (UnreadableFields())
        {
            await LoadChoicesAsync(ct);
            return Page();
        }

        var input = new BuildingInput(
            Code ?? string.Empty, Address ?? string.Empty, DistrictId ?? Guid.Empty, Coordinate(Latitude), Coordinate(Longitude),
            ManagingOrganisationId, Floors, Flats, YearBuilt);
        return await OutcomeAsync(await editor.SaveBuildingAsync(Id, input, ct), "/Admin/Buildings", ct);
    }

    protected override async Task LoadChoicesAsync(CancellationToken ct)
    {
        Districts = await db.DistrictsAsync(ct);
        Boundaries = await db.StoredBoundariesAsync(ct);
        Managers = (await db.OrganisationsAsync(ct)).Where(o => o.Type == nameof(OrganisationType.ManagingOrganisation)).ToList();
    }
}
