using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Identity.Contracts;

namespace OpenKazan.Host.Pages.Staff;

/// <summary>The city's TenantAdmin invites staff and gives or takes their roles.</summary>
[Authorize(Policy = Policies.TenantAdmin)]
public sealed class IndexModel(IStaffAdministration staff) : StaffPageModel(staff)
{
    [BindProperty]
    public string Role { get; set; } = Roles.Operator;

    [BindProperty]
    public string? OrganisationCode { get; set; }

    protected override Guid? Organisation => null;

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        InviteAsync(new StaffInvitation(Email, FullName, Role, OrganisationCode), cancellationToken);
}
