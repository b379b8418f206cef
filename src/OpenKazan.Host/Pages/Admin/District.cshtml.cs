using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Host.Areas;
using OpenKazan.Registry.Contracts;

namespace OpenKazan.Host.Pages.Admin;

public sealed class DistrictModel(TenantScopedDbContext db, IRegistryEditor editor, IRegistryDeleter deleter, IStringLocalizer<AdminResource> text) : NamedForm(text)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is null)
        {
            return Page();
        }

        var district = await db.DistrictRecordAsync(Id.Value, ct);
        if (district is null)
        {
            return NotFound();
        }

        Show(district.Code, district.Name);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct) =>
        await DeleteOutcomeAsync(() => deleter.DeleteDistrictAsync(Id ?? Guid.Empty, ct), "/Admin/Districts", () => OnGetAsync(ct));

    public async Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        await OutcomeAsync(await editor.SaveDistrictAsync(Id, new DistrictInput(Code ?? string.Empty, Name), ct), "/Admin/Districts", ct);
}
