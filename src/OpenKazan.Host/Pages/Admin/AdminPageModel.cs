using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Host.Areas;
using OpenKazan.Registry.Contracts;

namespace OpenKazan.Host.Pages.Admin;

/// <summary>
/// The base of the city administration pages: TenantAdmin only, and the module's refusals turned into field
/// errors in the reader's language.
/// </summary>
[Authorize(Policy = Policies.TenantAdmin)]
public abstract class AdminPageModel(IStringLocalizer<AdminResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Deleted { get; set; }

    /// <summary>The delete form's required "I confirm" tick: without it nothing is deleted, with or without JavaScript.</summary>
    [BindProperty]
    public bool ConfirmDelete { get; set; }

    /// <summary>Loads what the form needs besides its own fields (the choices of its lists).</summary>
    protected virtual Task LoadChoicesAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>Back to the list after a save; the form again, with its errors, after a refusal.</summary>
    protected async Task<IActionResult> OutcomeAsync(EditResult result, string listPage, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Succeeded && ModelState.IsValid)
        {
            return RedirectToPage(listPage, new { saved = true });
        }

        UnreadableFields();
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(error.Field, ErrorText(error));
        }

        await LoadChoicesAsync(ct);
        return Page();
    }

    /// <summary>Back to the list after a delete; the page again, saying why, when it is refused or not confirmed.</summary>
    protected async Task<IActionResult> DeleteOutcomeAsync(Func<Task<EditResult>> delete, string listPage, Func<Task<IActionResult>> showAgain)
    {
        ArgumentNullException.ThrowIfNull(delete);
        ArgumentNullException.ThrowIfNull(showAgain);

        // The edit form's fields are not posted with the delete form; only the refusal is shown.
        ModelState.Clear();
        if (!ConfirmDelete)
        {
            ModelState.AddModelError(nameof(ConfirmDelete), text["Error_ConfirmDelete"]);
            return await showAgain();
        }

        var result = await delete();
        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            return RedirectToPage(listPage, new { deleted = true });
        }

        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(string.Empty, InUseText(error));
        }

        return await showAgain();
    }

    /// <summary>
    /// True when a field could not even be read (a number that is not one); its error is reworded in the reader's
    /// language and nothing is saved.
    /// </summary>
    protected bool UnreadableFields()
    {
        foreach (var entry in ModelState.Where(e => e.Value is { Errors.Count: > 0 }).ToList())
        {
            entry.Value!.Errors.Clear();
            ModelState.AddModelError(entry.Key, text["Error_NotANumber"]);
        }

        return !ModelState.IsValid;
    }

    /// <summary>Numbers typed with a point or a comma, whatever the page's language.</summary>
    protected static double? Coordinate(string? value) =>
        double.TryParse(value?.Trim().Replace(',', '.'), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? number : null;

    protected static string Invariant(double value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private string ErrorText(EditError error) => text["Error_" + error.Reason, error.Value ?? string.Empty];

    /// <summary>"This building has 12 requests": worded per referring table, or in general for a table without its own text.</summary>
    private string InUseText(EditError error)
    {
        var worded = text["Error_InUse_" + error.Field, error.Value ?? string.Empty];
        return worded.ResourceNotFound ? text["Error_InUse"] : worded;
    }
}
