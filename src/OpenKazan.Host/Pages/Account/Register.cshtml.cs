using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenKazan.Identity.Contracts;

namespace OpenKazan.Host.Pages.Account;

[AllowAnonymous]
/// <summary>
/// Sign-up that lets the resident report first and confirm after: the new account is signed in for this session and
/// goes on to where it was heading (the request form by default); the confirmation e-mail is on its way meanwhile.
/// A registered e-mail gets the same redirect and a "you already have an account" mail instead (no account probing).
/// </summary>
public sealed class RegisterModel(ISelfServiceAccounts accounts, IStringLocalizer<SharedResource> text) : AccountPageModel(text)
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

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

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
        if (result.Refusal is { } refusal)
        {
            AddErrors(refusal);
            return Page();
        }

        if (!result.Accepted)
        {
            AddError("TooManyAttempts");
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }

        return LocalRedirect(SafeReturnUrl(ReturnUrl ?? Url.Content("~/my/requests/new")));
    }
}
