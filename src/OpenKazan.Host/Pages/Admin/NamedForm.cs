using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenKazan.BuildingBlocks;
using OpenKazan.Host.Areas;

namespace OpenKazan.Host.Pages.Admin;

/// <summary>The fields every registry form has: the row's code and its name in the three languages.</summary>
public abstract class NamedForm(IStringLocalizer<AdminResource> text) : AdminPageModel(text)
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? NameRu { get; set; }

    [BindProperty]
    public string? NameTt { get; set; }

    [BindProperty]
    public string? NameEn { get; set; }

    protected LocalizedText Name => new(NameRu ?? string.Empty, NameTt, NameEn);

    protected void Show(string code, LocalizedText name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Code = code;
        (NameRu, NameTt, NameEn) = (name.Ru, name.Tt, name.En);
    }
}
