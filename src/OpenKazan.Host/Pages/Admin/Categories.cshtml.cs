using Microsoft.Extensions.Localization;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Host.Areas;
using OpenKazan.Registry.Contracts;

namespace OpenKazan.Host.Pages.Admin;

public sealed class CategoriesModel(TenantScopedDbContext db, IStringLocalizer<AdminResource> text) : AdminPageModel(text)
{
    public IReadOnlyList<CategoryDto> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await db.CategoriesAsync(ct);
}
