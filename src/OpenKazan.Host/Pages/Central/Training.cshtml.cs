using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Host.Areas;
using OpenKazan.Onboarding.Contracts;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Host.Pages.Central;

/// <summary>Training courses and their sessions in the cities.</summary>
[Authorize(Policy = Policies.CentralTeam)]
public sealed class TrainingModel(ITenantStore store, ITrainingRecords training, IStringLocalizer<CentralResource> text) : CentralPage
{
    public IReadOnlyList<TrainingCourseView> Courses { get; private set; } = [];

    public IReadOnlyList<TrainingSessionView> Sessions { get; private set; } = [];

    public ITenantStore Cities => store;

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Courses = await training.CoursesAsync(cancellationToken);
        Sessions = await training.SessionsAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostCourseAsync(string? title, string? role, CancellationToken cancellationToken)
    {
        var course = await training.AddCourseAsync(title ?? string.Empty, role ?? string.Empty, cancellationToken);
        Message = course is null ? text["CourseInvalid"].Value : text["CourseAdded", course.Title].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostSessionAsync(
        Guid courseId, string? city, DateOnly? heldOn, string? trainer, CancellationToken cancellationToken)
    {
        var session = heldOn is { } date
            ? await training.AddSessionAsync(courseId, city ?? string.Empty, date, trainer ?? string.Empty, cancellationToken)
            : null;
        if (session is null)
        {
            Message = text["SessionInvalid"].Value;
            return RedirectToPage();
        }

        return RedirectToPage("TrainingSession", new { id = session.Id });
    }
}
