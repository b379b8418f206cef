using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Host.Areas;
using OpenKazan.Host.Pages.Dispatch;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Host.Pages.Executor;

/// <summary>The open work of the person's organisation (executor and organisation admin alike), most urgent first.</summary>
[Authorize(Policy = Policies.OrganisationStaff)]
public sealed class InboxModel(IWorkQueueReader queue, TenantScopedDbContext db, ICurrentUser user, IStringLocalizer<WorkspaceResource> words)
    : WorkQueuePageModel(queue, db, user)
{
    public override bool CityWide => false;

    public override string Title => words["InboxTitle"];
}
