using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Host.Areas;
using OpenKazan.Registry.Contracts;

namespace OpenKazan.Host.Pages.Admin;

public sealed class CategoryModel(TenantScopedDbContext db, IRegistryEditor editor, IRegistryDeleter deleter, IStringLocalizer<AdminResource> text) : NamedForm(text)
{
    [BindProperty]
    public Guid? ParentId { get; set; }

    [BindProperty]
    public string? Group { get; set; }

    [BindProperty]
    public bool IsEmergency { get; set; }

    [BindProperty]
    public bool PhotoRequired { get; set; }

    /// <summary>The hierarchy has two levels: only top-level categories other than this one can be parents.</summary>
    public IReadOnlyList<CategoryDto> Parents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadChoicesAsync(ct);
        if (Id is null)
        {
            return Page();
        }

        var row = await db.CategoryRecordAsync(Id.Value, ct);
        if (row is null)
        {
            return NotFound();
        }

        Show(row.Code, row.Name);
        (ParentId, Group, IsEmergency, PhotoRequired) = (row.ParentId, row.Group, row.IsEmergency, row.PhotoRequired);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct) =>
        await DeleteOutcomeAsync(() => deleter.DeleteCategoryAsync(Id ?? Guid.Empty, ct), "/Admin/Categories", () => OnGetAsync(ct));

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var input = new CategoryInput(Code ?? string.Empty, ParentId, Name, IsEmergency, PhotoRequired, Group ?? string.Empty);
        return await OutcomeAsync(await editor.SaveCategoryAsync(Id, input, ct), "/Admin/Categories", ct);
    }

    protected override async Task LoadChoicesAsync(CancellationToken ct) =>
        Parents = (await db.CategoriesAsync(ct)).Where(c => c.ParentId is null && c.Id != Id).ToList();
}
