using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace OpenKazan.Host.Pages.Account;

/// <summary>What the account pages share: localized messages for Identity's errors, and safe return URLs.</summary>
public abstract class AccountPageModel(IStringLocalizer<SharedResource> text) : PageModel
{
    protected IStringLocalizer<SharedResource> Text { get; } = text;

    /// <summary>Identity's error codes have texts in the resx files; an unknown code falls back to Identity's own words.</summary>
    protected void AddErrors(IdentityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var error in result.Errors)
        {
            var localized = Text["IdentityError" + error.Code];
            ModelState.AddModelError(string.Empty, localized.ResourceNotFound ? error.Description : localized.Value);
        }
    }

    protected void AddError(string key) => ModelState.AddModelError(string.Empty, Text[key]);

    /// <summary>Only a path of this site: an open redirect would let a phishing link borrow the city's sign-in page.</summary>
    protected string SafeReturnUrl(string? returnUrl) =>
        returnUrl is not null && Url.IsLocalUrl(returnUrl) ? returnUrl : Url.Content("~/");
}
