using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenKazan.Host.Areas;
using OpenKazan.Sla.Policy;

namespace OpenKazan.Host.Pages.Admin;

/// <summary>
/// The city's SLA policy as its <c>sla.json</c> document. The checker's problems name the line and the rule, in the
/// words of the package format (English), under a heading in the reader's language.
/// </summary>
public sealed class SlaModel(SlaPolicyEditor editor, IStringLocalizer<AdminResource> text) : AdminPageModel(text)
{
    [BindProperty]
    public string? Policy { get; set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Policy = await editor.CurrentJsonAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (saved, errors) = await editor.SaveJsonAsync(Policy ?? string.Empty, ct);
        if (saved is not null && errors.Count == 0)
        {
            return RedirectToPage("/Admin/Sla", new { saved = true });
        }

        Problems = errors.Select(e => e.ToString()).ToList();
        return Page();
    }
}
