using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenKazan.BuildingBlocks.Security;

namespace OpenKazan.Host.Pages.Account;

/// <summary>
/// Where a person lands after signing in without a page to return to: their own workspace, by their role in this
/// city (the operator on the console, the dispatcher on the queue, a resident on their requests), not the city's home.
/// Open to all: on the central host, or once the session has gone, the person simply lands on the home page.
/// </summary>
[AllowAnonymous]
public sealed class LandingModel(ICurrentUser user) : PageModel
{
    public IActionResult OnGet() => LocalRedirect(Url.Content("~" + WorkspaceOf(user)));

    /// <summary>The first workspace the person has, in the order of how much of their day it holds.</summary>
    public static string WorkspaceOf(ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user switch
        {
            _ when user.IsInRole(Roles.Operator) => "/callcentre",
            _ when user.IsInRole(Roles.Dispatcher) => "/dispatch",
            _ when user.OrganisationId is not null && (user.IsInRole(Roles.Executor) || user.IsInRole(Roles.OrganisationAdmin)) => "/work/inbox",
            _ when user.IsInRole(Roles.Committee) => "/committee",
            _ when user.IsInRole(Roles.TenantAdmin) => "/admin",
            _ when Roles.GlobalRoles.Any(user.IsInRole) => "/central",
            _ when user.IsInRole(Roles.Resident) => "/my/requests",
            _ => "/",
        };
    }
}
