using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Host.Areas;
using OpenKazan.Registry.Contracts;

namespace OpenKazan.Host.Pages.Admin;

/// <summary>The dispatch map: which organisation receives a category's requests city-wide, in a district or in a building.</summary>
public sealed class ResponsibilitiesModel(TenantScopedDbContext db, IResponsibilityEditor editor, IStringLocalizer<AdminResource> text)
    : AdminPageModel(text)
{
    [BindProperty]
    public Guid? CategoryId { get; set; }

    [BindProperty]
    public Guid? DistrictId { get; set; }

    [BindProperty]
    public string? BuildingCode { get; set; }

    [BindProperty]
    public Guid? OrganisationId { get; set; }

    public IReadOnlyList<ResponsibilityDto> Rows { get; private set; } = [];

    public IReadOnlyList<CategoryDto> Categories { get; private set; } = [];

    public IReadOnlyList<DistrictDto> Districts { get; private set; } = [];

    public IReadOnlyList<OrganisationDto> Organisations { get; private set; } = [];

    public Task OnGetAsync(CancellationToken ct) => LoadChoicesAsync(ct);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        var input = new ResponsibilityInput(CategoryId ?? Guid.Empty, DistrictId, BuildingCode, OrganisationId ?? Guid.Empty);
        return await OutcomeAsync(await editor.AddAsync(input, ct), "/Admin/Responsibilities", ct);
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid row, CancellationToken ct) =>
        await OutcomeAsync(await editor.RemoveAsync(row, ct), "/Admin/Responsibilities", ct);

    protected override async Task LoadChoicesAsync(CancellationToken ct)
    {
        Rows = await db.ResponsibilitiesAsync(ct);
        Categories = await db.CategoriesAsync(ct);
        Districts = await db.DistrictsAsync(ct);
        Organisations = await db.OrganisationsAsync(ct);
    }
}
