using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using OpenKazan.BuildingBlocks.Caching;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Host.Pages.Resident;

/// <summary>
/// Anyone with a request's number sees its status, without the name, phone, flat or description. A whole city checks
/// its numbers here, again and again: the page is kept per city, number and language and evicted when the request
/// changes; a number not found is never kept (it may be filed a moment later).
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicOutput.Request)]
public sealed class StatusModel(IRequestLookup queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Number { get; set; }

    public PublicStatusDto? Found { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Number))
        {
            return;
        }

        if (await queries.PublicStatusAsync(Number, ct) is { } found)
        {
            Found = found.Status;
            PublicOutput.TagRequest(HttpContext, found.RequestId);
        }
        else
        {
            PublicOutput.DoNotStore(HttpContext);
        }
    }
}
