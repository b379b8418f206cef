using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenKazan.Identity.Contracts;

namespace OpenKazan.Host.Pages.Account;

[AllowAnonymous]
public sealed class LoginModel(ICitySignIn signIn, IStringLocalizer<SharedResource> text) : AccountPageModel(text)
{
    [BindProperty]
    public string Email { get; set; } = string.Empty;

    [BindProperty]
    public string Password { get; set; } = string.Empty;

    [BindProperty]
    public bool RememberMe { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(Password))
        {
            AddError("LoginFailed");
            return Page();
        }

        var result = await signIn.PasswordAsync(HttpContext, Email.Trim(), Password, RememberMe, cancellationToken);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl(ReturnUrl ?? Url.Content("~/account/landing")));
        }

        if (result.Wait > TimeSpan.Zero)
        {
            ModelState.AddModelError(string.Empty, Text["LockedOut", (int)Math.Ceiling(result.Wait.TotalMinutes)]);
        }
        else
        {
            AddError(result.IsNotConfirmed ? "NotConfirmed" : "LoginFailed");
        }

        return Page();
    }
}
