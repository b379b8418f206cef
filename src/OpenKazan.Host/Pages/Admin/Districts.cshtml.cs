using Microsoft.Extensions.Localization;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Host.Areas;
using OpenKazan.Registry.Contracts;

namespace OpenKazan.Host.Pages.Admin;

public sealed class DistrictsModel(TenantScopedDbContext db, IStringLocalizer<AdminResource> text) : AdminPageModel(text)
{
    public IReadOnlyList<DistrictDto> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await db.DistrictsAsync(ct);
}
