using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenKazan.Host.Areas;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Host.Pages.Admin;

/// <summary>The city's working week and holidays, the business time every deadline is counted in.</summary>
public sealed class CalendarModel(CurrentTenantAccessor city, ICalendarEditor editor, IStringLocalizer<AdminResource> text) : AdminPageModel(text)
{
    private static readonly DayOfWeek[] Days =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    private readonly IStringLocalizer<AdminResource> _text = text;

    [BindProperty]
    public List<WorkingDayInput> Week { get; set; } = [];

    /// <summary>One date (yyyy-MM-dd) a line.</summary>
    [BindProperty]
    public string? Holidays { get; set; }

    public IActionResult OnGet()
    {
        if (city.Info is not { } tenant)
        {
            return NotFound();
        }

        var hours = tenant.Calendar.WorkingHours;
        Week = Days.Select(d => hours.TryGetValue(d.ToString(), out var h) ? new WorkingDayInput(d, h[0], h[1]) : new WorkingDayInput(d, null, null)).ToList();
        Holidays = string.Join('\n', tenant.Calendar.Holidays);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (city.Info is not { } tenant)
        {
            return NotFound();
        }

        var errors = await editor.SaveAsync(tenant.Id, Week, (Holidays ?? string.Empty).Split('\n'), ct);
        if (errors is null)
        {
            return NotFound();
        }

        if (errors.Count == 0)
        {
            return RedirectToPage("/Admin/Calendar", new { saved = true });
        }

        foreach (var error in errors)
        {
            ModelState.AddModelError(error.Field, _text["Error_" + error.Reason]);
        }

        return Page();
    }
}
