using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Identity.Contracts;

namespace OpenKazan.Host.Pages.Staff;

/// <summary>An OrganisationAdmin manages the executors of their own organisation only.</summary>
[Authorize(Policy = Policies.OrganisationAdmin)]
public sealed class ExecutorsModel(IStaffAdministration staff, ICurrentUser currentUser) : StaffPageModel(staff)
{
    protected override Guid? Organisation => currentUser.OrganisationId;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var code = await Staff.OrganisationCodeAsync(currentUser.OrganisationId!.Value, cancellationToken);
        return await InviteAsync(new StaffInvitation(Email, FullName, Roles.Executor, code), cancellationToken);
    }
}
