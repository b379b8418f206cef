using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OpenKazan.Host.Areas;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Host.Pages.Admin;

/// <summary>The city's name, colours and logo; saved in the central catalog so every node shows the change.</summary>
public sealed class BrandingModel(CurrentTenantAccessor city, IBrandingEditor editor, IStringLocalizer<AdminResource> text) : AdminPageModel(text)
{
    private readonly IStringLocalizer<AdminResource> _text = text;

    [BindProperty]
    public string? NameRu { get; set; }

    [BindProperty]
    public string? NameTt { get; set; }

    [BindProperty]
    public string? NameEn { get; set; }

    [BindProperty]
    public string? PrimaryColor { get; set; }

    [BindProperty]
    public string? AccentColor { get; set; }

    [BindProperty]
    public IFormFile? Logo { get; set; }

    public bool HasLogo => city.Info?.Branding.Logo is not null;

    public IActionResult OnGet()
    {
        if (city.Info is not { } tenant)
        {
            return NotFound();
        }

        (NameRu, NameTt, NameEn) = (tenant.Names.GetValueOrDefault("ru"), tenant.Names.GetValueOrDefault("tt"), tenant.Names.GetValueOrDefault("en"));
        (PrimaryColor, AccentColor) = (tenant.Branding.PrimaryColor, tenant.Branding.AccentColor);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (city.Info is not { } tenant)
        {
            return NotFound();
        }

        if (Logo is { Length: > TenantLogo.MaxBytes })
        {
            return Refused([new BrandingError("Logo", "BadLogo")]);
        }

        var input = new BrandingInput(NameRu, NameTt, NameEn, PrimaryColor, AccentColor, await LogoAsync(ct));
        var errors = await editor.SaveAsync(tenant.Id, input, ct);
        return errors switch
        {
            null => NotFound(),
            { Count: 0 } => RedirectToPage("/Admin/Branding", new { saved = true }),
            _ => Refused(errors),
        };
    }

    private PageResult Refused(IReadOnlyList<BrandingError> errors)
    {
        foreach (var error in errors)
        {
            ModelState.AddModelError(error.Field, _text["Error_" + error.Reason]);
        }

        return Page();
    }

    private async Task<TenantLogo?> LogoAsync(CancellationToken ct)
    {
        if (Logo is null || Logo.Length == 0)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        await Logo.CopyToAsync(buffer, ct);
        return new TenantLogo(buffer.ToArray(), Logo.ContentType);
    }
}
