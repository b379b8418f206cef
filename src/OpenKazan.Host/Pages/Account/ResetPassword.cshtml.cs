using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenKazan.Identity.Contracts;

namespace OpenKazan.Host.Pages.Account;

/// <summary>Sets a new password from an e-mailed link; invited staff choose their first password here.</summary>
[AllowAnonymous]
public sealed class ResetPasswordModel(ISelfServiceAccounts accounts, IStringLocalizer<SharedResource> text) : AccountPageModel(text)
{
    [BindProperty(SupportsGet = true)]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public string Password { get; set; } = string.Empty;

    [BindProperty]
    public string ConfirmPassword { get; set; } = string.Empty;

    public bool Done { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Password != ConfirmPassword)
        {
            AddError("PasswordsDiffer");
            return Page();
        }

        var result = await accounts.ResetPasswordAsync(UserId, Code, Password);
        if (!result.Succeeded)
        {
            AddErrors(result);
            return Page();
        }

        Done = true;
        return Page();
    }
}
