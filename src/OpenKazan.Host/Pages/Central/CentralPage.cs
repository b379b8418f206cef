using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Host.Pages.Central;

/// <summary>
/// The central area lives on the base host only: on a city's host (or under /t/{slug}/) its pages do not exist.
/// Each page also names the central team's policy itself.
/// </summary>
public abstract class CentralPage : PageModel
{
    /// <summary>Who the signed-in member of the central team is, as recorded on ticks and attendance.</summary>
    protected string Actor => User.FindFirst(OpenKazanClaims.Email)?.Value ?? User.FindFirst(OpenKazanClaims.Subject)?.Value ?? User.Identity?.Name ?? "?";

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HttpContext.RequestServices.GetRequiredService<CurrentTenantAccessor>().Info is not null)
        {
            context.Result = NotFound();
        }
    }
}
