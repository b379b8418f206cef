using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Host.Areas;
using OpenKazan.Registry.Contracts;

namespace OpenKazan.Host.Pages.Admin;

/// <summary>The city's buildings, searched by address; a city has thousands, so only a page of them is shown.</summary>
public sealed class BuildingsModel(TenantScopedDbContext db, IStringLocalizer<AdminResource> text) : AdminPageModel(text)
{
    private const int Shown = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<BuildingDto> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Rows = await db.SearchBuildingsAsync(Q, Shown, ct) ?? await db.FirstBuildingsAsync(Shown, ct);
}
