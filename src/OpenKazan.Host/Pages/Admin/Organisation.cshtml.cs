using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Host.Areas;
using OpenKazan.Registry.Contracts;

namespace OpenKazan.Host.Pages.Admin;

public sealed class OrganisationModel(TenantScopedDbContext db, IRegistryEditor editor, IRegistryDeleter deleter, IStringLocalizer<AdminResource> text) : NamedForm(text)
{
    [BindProperty]
    public OrganisationType Type { get; set; }

    [BindProperty]
    public Guid? DistrictId { get; set; }

    [BindProperty]
    public string? Inn { get; set; }

    [BindProperty]
    public string? Phone { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    public IReadOnlyList<DistrictDto> Districts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadChoicesAsync(ct);
        if (Id is null)
        {
            return Page();
        }

        var row = await db.OrganisationRecordAsync(Id.Value, ct);
        if (row is null)
        {
            return NotFound();
        }

        Show(row.Code, row.Name);
        (Type, DistrictId, Inn, Phone, Email) = (row.Type, row.DistrictId, row.Inn, row.Phone, row.Email);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct) =>
        await DeleteOutcomeAsync(() => deleter.DeleteOrganisationAsync(Id ?? Guid.Empty, ct), "/Admin/Organisations", () => OnGetAsync(ct));

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var input = new OrganisationInput(Code ?? string.Empty, Type, Name, Inn, Phone, Email, DistrictId);
        return await OutcomeAsync(await editor.SaveOrganisationAsync(Id, input, ct), "/Admin/Organisations", ct);
    }

    protected override async Task LoadChoicesAsync(CancellationToken ct) => Districts = await db.DistrictsAsync(ct);
}
