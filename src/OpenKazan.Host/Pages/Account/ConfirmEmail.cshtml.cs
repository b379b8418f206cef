using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenKazan.Identity.SignUp;

namespace OpenKazan.Host.Pages.Account;

[AllowAnonymous]
public sealed class ConfirmEmailModel(AccountService accounts) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(Guid userId, string? code) => Confirmed = await accounts.ConfirmEmailAsync(userId, code);
}
