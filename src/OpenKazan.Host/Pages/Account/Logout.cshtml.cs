using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenKazan.Identity.Contracts;

namespace OpenKazan.Host.Pages.Account;

/// <summary>Sign-out is a POST (with antiforgery), so a link on another site cannot sign anyone out.</summary>
[AllowAnonymous]
public sealed class LogoutModel(ICitySignIn signIn) : PageModel
{
    public IActionResult OnGet() => LocalRedirect(Url.Content("~/"));

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect(Url.Content("~/"));
    }
}
