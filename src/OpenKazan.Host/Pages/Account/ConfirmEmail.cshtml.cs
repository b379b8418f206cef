using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Identity.Contracts;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Host.Pages.Account;

/// <summary>
/// The e-mail confirmation link. The resident usually filed a request before confirming: signed in, they land on
/// it; on another device they sign in and land on it, never on a bare sign-in page.
/// </summary>
[AllowAnonymous]
public sealed class ConfirmEmailModel(ISelfServiceAccounts accounts, IRequestLookup requests, ICurrentUser user) : PageModel
{
    public bool Confirmed { get; private set; }

    /// <summary>The latest request the person filed here, if any.</summary>
    public string? Number { get; private set; }

    /// <summary>Where the person goes next: their latest request, or the request form.</summary>
    public string Next { get; private set; } = "/my/requests/new";

    public async Task<IActionResult> OnGetAsync(Guid userId, string? code, CancellationToken ct)
    {
        Confirmed = await accounts.ConfirmEmailAsync(userId, code);
        if (!Confirmed)
        {
            return Page();
        }

        Number = await requests.LatestNumberAsync(userId, ct);
        Next = Number is null ? "/my/requests/new" : $"/my/requests/{Number}";
        return user.UserId == userId ? LocalRedirect(Url.Content($"~{Next}?done=EmailConfirmed")) : Page();
    }
}
