using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenKazan.Identity.Contracts;

namespace OpenKazan.Host.Pages.Staff;

/// <summary>The staff pages share the invite form and the list; the policy and the organisation differ.</summary>
public abstract class StaffPageModel(IStaffAdministration staff) : PageModel
{
    protected IStaffAdministration Staff { get; } = staff;

    public IReadOnlyList<StaffMember> Members { get; private set; } = [];

    [BindProperty]
    public string Email { get; set; } = string.Empty;

    [BindProperty]
    public string? FullName { get; set; }

    public bool Invited { get; private set; }

    /// <summary>Null for the whole city, or the organisation whose executors are managed.</summary>
    protected abstract Guid? Organisation { get; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Members = await Staff.ListAsync(Organisation, cancellationToken);

    public async Task<IActionResult> OnPostRevokeAsync(Guid roleId, CancellationToken cancellationToken)
    {
        await Staff.RevokeAsync(roleId, Organisation, cancellationToken);
        return RedirectToPage();
    }

    protected async Task<IActionResult> InviteAsync(StaffInvitation invitation, CancellationToken cancellationToken)
    {
        var result = await Staff.InviteAsync(Request, invitation, cancellationToken);
        if (result.Error is { } error)
        {
            ModelState.AddModelError(string.Empty, error);
        }

        Invited = result.RoleId is not null;
        Members = await Staff.ListAsync(Organisation, cancellationToken);
        return Page();
    }
}
