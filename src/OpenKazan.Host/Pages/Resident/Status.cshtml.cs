using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenKazan.Requests.Lookup;

namespace OpenKazan.Host.Pages.Resident;

/// <summary>Anyone with a request's number sees its status, without the name, phone, flat or description.</summary>
[AllowAnonymous]
public sealed class StatusModel(RequestQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Number { get; set; }

    public PublicStatusDto? Found { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(Number))
        {
            Found = await queries.PublicStatusAsync(Number, ct);
        }
    }
}
