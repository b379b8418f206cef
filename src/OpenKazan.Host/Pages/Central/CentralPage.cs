using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenKazan.Tenancy;

namespace OpenKazan.Host.Pages.Central;

/// <summary>
/// The central area lives on the base host only: on a city's host (or under /t/{slug}/) its pages do not exist.
/// Each page also names the central team's policy itself.
/// </summary>
public abstract class CentralPage : PageModel
{
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HttpContext.RequestServices.GetRequiredService<CurrentTenantAccessor>().Info is not null)
        {
            context.Result = NotFound();
        }
    }
}
