using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace OpenKazan.Host.Pages.Status;

/// <summary>
/// The page shown for a page request that failed (re-executed by <see cref="ErrorPages"/>); the status code stays the
/// original one. Never rate limited, so a refused visitor still reads why.
/// </summary>
[AllowAnonymous]
[DisableRateLimiting]
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    /// <summary>The codes with a page of their own words; any other code reads as "Other".</summary>
    public static IReadOnlySet<int> Explained { get; } = new HashSet<int> { 400, 403, 404, 429, 500 };

    /// <summary>The resource suffix for the status: one of the explained codes, or "Other".</summary>
    public string Kind { get; private set; } = "Other";

    public int Code { get; private set; }

    public void OnGet(int code) => Describe(code);

    /// <summary>A failed form post re-executes as a POST: it gets the same page.</summary>
    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        Code = code is >= 400 and <= 599 ? code : 404;
        Kind = Explained.Contains(Code) ? Code.ToString(System.Globalization.CultureInfo.InvariantCulture) : "Other";
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null
            && HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>() is null)
        {
            // Opened directly (a bookmarked /error/500): say the same, with the status it names.
            Response.StatusCode = Code;
        }
    }
}
