using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenKazan.Identity.SignUp;

namespace OpenKazan.Host.Pages.Account;

[AllowAnonymous]
public sealed class RegisterModel(AccountService accounts, IStringLocalizer<SharedResource> text) : AccountPageModel(text)
{
    [BindProperty]
    public string Email { get; set; } = string.Empty;

    [BindProperty]
    public string FullName { get; set; } = string.Empty;

    [BindProperty]
    public string? Phone { get; set; }

    [BindProperty]
    public string Password { get; set; } = string.Empty;

    [BindProperty]
    public string ConfirmPassword { get; set; } = string.Empty;

    public bool Done { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Email) || string.IsNullOrWhiteSpace(FullName))
        {
            AddError("FieldsRequired");
            return Page();
        }

        if (Password != ConfirmPassword)
        {
            AddError("PasswordsDiffer");
            return Page();
        }

        var result = await accounts.SignUpAsync(Request, new SignUpForm(Email, FullName, Phone, Password), cancellationToken);
        if (!result.Succeeded)
        {
            AddErrors(result);
            return Page();
        }

        Done = true;
        return Page();
    }
}
