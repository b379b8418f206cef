using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenKazan.BuildingBlocks.Packages;
using OpenKazan.Host.Areas;
using OpenKazan.Host.Pages.Central;
using OpenKazan.Sla.Contracts;

namespace OpenKazan.Host.Pages.Admin;

/// <summary>
/// The city's SLA policy as its <c>sla.json</c> document. The checker's problems name the rule by its place in the
/// document (the field names are the file's own) and say what is wrong in the reader's language, as a package import does.
/// </summary>
public sealed class SlaModel(ISlaPolicyEditor editor, IStringLocalizer<AdminResource> text, IStringLocalizer<CentralResource> problems)
    : AdminPageModel(text)
{
    [BindProperty]
    public string? Policy { get; set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Policy = await editor.CurrentJsonAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var errors = await editor.SaveAsync(Policy ?? string.Empty, ct);
        if (errors.Count == 0)
        {
            return RedirectToPage("/Admin/Sla", new { saved = true });
        }

        Problems = errors.Select(Describe).ToList();
        return Page();
    }

    private string Describe(PackageError error)
    {
        var sentence = PackageErrorText.Render(problems, error);
        return error.Line is { } line ? problems["PackageErrorAtLine", line, sentence] : sentence;
    }
}
