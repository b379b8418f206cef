using Microsoft.Extensions.Localization;
using OpenKazan.Host.Areas;

namespace OpenKazan.Host.Pages.Admin;

/// <summary>The city administration's entry: links to each registry list and to staff management.</summary>
public sealed class IndexModel(IStringLocalizer<AdminResource> text) : AdminPageModel(text)
{
    public void OnGet()
    {
    }
}
