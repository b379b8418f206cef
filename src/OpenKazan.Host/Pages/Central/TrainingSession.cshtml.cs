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

/// <summary>One training session: who attended; attending certifies for the course's role in the session's city.</summary>
[Authorize(Policy = Policies.CentralTeam)]
public sealed class TrainingSessionModel(ITenantStore store, ITrainingRecords training, IStringLocalizer<CentralResource> text) : CentralPage
{
    public TrainingSessionView Session { get; private set; } = null!;

    public TrainingCourseView Course { get; private set; } = null!;

    public TenantInfo? City { get; private set; }

    public IReadOnlyList<AttendanceView> Attendance { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await training.FindSessionAsync(id, cancellationToken) is not { } session
            || await training.FindCourseAsync(session.CourseId, cancellationToken) is not { } course)
        {
            return NotFound();
        }

        Session = session;
        Course = course;
        City = store.FindById(session.TenantId);
        Attendance = await training.AttendanceAsync(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAttendanceAsync(Guid id, string? attendee, bool attended, CancellationToken cancellationToken)
    {
        if (await training.FindSessionAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        var recorded = await training.MarkAttendanceAsync(id, attendee ?? string.Empty, attended, Actor, cancellationToken);
        Message = recorded ? text[attended ? "AttendanceYes" : "AttendanceNo", attendee!.Trim()].Value : text["AttendeeInvalid"].Value;
        return RedirectToPage(new { id });
    }
}
