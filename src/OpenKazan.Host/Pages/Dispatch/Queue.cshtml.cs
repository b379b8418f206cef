using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Host.Areas;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Host.Pages.Dispatch;

/// <summary>The dispatcher's queue: all the city's open work, most urgent first.</summary>
[Authorize(Policy = Policies.Dispatcher)]
public sealed class QueueModel(IWorkQueueReader queue, TenantScopedDbContext db, ICurrentUser user, IStringLocalizer<WorkspaceResource> words)
    : WorkQueuePageModel(queue, db, user)
{
    public override bool CityWide => true;

    public override string Title => words["QueueTitle"];
}
