using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenKazan.Identity.Contracts;

namespace OpenKazan.Host.Pages.Account;

[AllowAnonymous]
public sealed class ForgotPasswordModel(ISelfServiceAccounts accounts) : PageModel
{
    [BindProperty]
    public string Email { get; set; } = string.Empty;

    public bool Sent { get; private set; }

    /// <summary>This address asked too often (for any e-mail); the answer says nothing about the e-mail.</summary>
    public bool TooManyAttempts { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(Email) && !await accounts.RequestPasswordResetAsync(Request, Email, cancellationToken))
        {
            TooManyAttempts = true;
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return;
        }

        Sent = true;
    }
}
