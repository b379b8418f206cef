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

/// <summary>A city's rollout checklist and who is certified there; the central team ticks training and certifies.</summary>
[Authorize(Policy = Policies.CentralTeam)]
public sealed class RolloutModel(
    ITenantStore store, IRolloutTracker tracker, ITrainingRecords training, IStringLocalizer<CentralResource> text) : CentralPage
{
    public TenantInfo City { get; private set; } = null!;

    public RolloutChecklist Checklist { get; private set; } = null!;

    public IReadOnlyList<CertificationView> Certifications { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (store.FindBySlug(slug) is not { } city)
        {
            return NotFound();
        }

        City = city;
        Checklist = await tracker.ReadAsync(city, cancellationToken);
        Certifications = await training.CertificationsAsync(city.Id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostTickAsync(string slug, RolloutStep step, bool done, CancellationToken cancellationToken)
    {
        var outcome = await tracker.TickAsync(slug, step, done, Actor, cancellationToken);
        if (outcome == TickOutcome.UnknownCity)
        {
            return NotFound();
        }

        Message = outcome == TickOutcome.Ticked ? text["RolloutTicked", text["Rollout" + step].Value].Value : text["RolloutNotManual"].Value;
        return RedirectToPage(new { slug });
    }

    public async Task<IActionResult> OnPostCertifyAsync(string slug, string? attendee, string? role, CancellationToken cancellationToken)
    {
        if (store.FindBySlug(slug) is null)
        {
            return NotFound();
        }

        var done = await training.CertifyAsync(slug, attendee ?? string.Empty, role ?? string.Empty, Actor, cancellationToken);
        Message = done ? text["Certified", attendee!.Trim()].Value : text["CertifyInvalid"].Value;
        return RedirectToPage(new { slug });
    }
}
