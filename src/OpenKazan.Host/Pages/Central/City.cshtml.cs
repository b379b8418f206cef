using System.IO.Compression;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Host.Areas;
using OpenKazan.Onboarding.Contracts;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Host.Pages.Central;

/// <summary>One city for the central team: go-live, suspension and archiving, feature switches, export as a package.</summary>
[Authorize(Policy = Policies.CentralTeam)]
public sealed class CityModel(
    ITenantStore store, ICityLifecycle lifecycle, ICityFeatureSwitch features, ICityPackageExporter exporter,
    IStringLocalizer<CentralResource> text) : CentralPage
{
    public TenantInfo City { get; private set; } = null!;

    /// <summary>The states the city may move to from where it is.</summary>
    public IReadOnlyList<TenantStatus> NextStates { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public IActionResult OnGet(string slug) => Load(slug) ? Page() : NotFound();

    public async Task<IActionResult> OnPostMoveAsync(string slug, TenantStatus target, CancellationToken cancellationToken)
    {
        var outcome = await lifecycle.MoveAsync(slug, target, Actor, cancellationToken);
        if (outcome == LifecycleOutcome.UnknownCity)
        {
            return NotFound();
        }

        var status = text["Status" + target].Value;
        Message = outcome == LifecycleOutcome.NotAllowed ? text["MoveNotAllowed", status].Value : text["Moved", status].Value;
        return RedirectToPage(new { slug });
    }

    public async Task<IActionResult> OnPostFeatureAsync(string slug, string feature, bool enabled, CancellationToken cancellationToken)
    {
        var outcome = await features.SwitchAsync(slug, feature, enabled, cancellationToken);
        if (outcome == FeatureSwitchOutcome.UnknownCity)
        {
            return NotFound();
        }

        Message = outcome == FeatureSwitchOutcome.Switched
            ? text[enabled ? "FeatureOn" : "FeatureOff", text["Feature" + feature].Value].Value
            : text["UnknownFeature"].Value;
        return RedirectToPage(new { slug });
    }

    public async Task<IActionResult> OnGetExportAsync(string slug, CancellationToken cancellationToken)
    {
        if (!Load(slug))
        {
            return NotFound();
        }

        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in await exporter.ExportAsync(slug, cancellationToken))
            {
                await using var entry = await archive.CreateEntry(name).OpenAsync(cancellationToken);
                await entry.WriteAsync(content, cancellationToken);
            }
        }

        zip.Position = 0;
        return File(zip, "application/zip", $"{slug}.zip");
    }

    private bool Load(string slug)
    {
        if (store.FindBySlug(slug) is not { } city)
        {
            return false;
        }

        City = city;
        NextStates = lifecycle.NextStates(city.Status);
        return true;
    }
}
