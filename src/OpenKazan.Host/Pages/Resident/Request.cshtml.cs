using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Host.Areas;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Host.Pages.Resident;

/// <summary>The resident's own request: status, deadlines, timeline, comments; confirm the work or reopen it.</summary>
[Authorize(Policy = Policies.CityUser)]
public sealed class RequestModel(
    IRequestLookup queries, IRequestCommands commands, IRequestComments comments, ICurrentUser user, IStringLocalizer<ResidentResource> text)
    : RequestPageModel(queries, commands, comments, user, text)
{
    public bool Created { get; private set; }

    public bool CanRespond => IsRequester && View.Request.Status == "Resolved";

    public bool CanRate => IsRequester && View.Request.Status is "Resolved" or "Closed";

    public override void OnPageHandlerExecuting(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Created = Request.Query.ContainsKey("created");
    }

    public Task<IActionResult> OnPostConfirmAsync(CancellationToken ct) =>
        ActAsync(WorkflowAction.Confirm, new TransitionCommand(), ct);

    public Task<IActionResult> OnPostReopenAsync(CancellationToken ct)
    {
        if (Reason is { } reason && !string.IsNullOrWhiteSpace(reason))
        {
            return ActAsync(WorkflowAction.Reopen, new TransitionCommand(reason.Trim()), ct);
        }

        ModelState.AddModelError(nameof(Reason), Text["ReasonRequired"]);
        return ReloadAsync(ct);
    }

    private async Task<IActionResult> ReloadAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();
}
