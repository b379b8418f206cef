using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Host.Areas;
using OpenKazan.Host.Pages.Resident;
using OpenKazan.Registry.Contracts;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Host.Pages.Executor;

/// <summary>
/// A request as staff work it: the organisation accepts, starts, resolves with a report and photos, or returns it;
/// the dispatcher re-routes it with a reason; the organisation or the dispatcher puts it on hold and resumes it; the
/// operator cancels it with a reason once confirmed. The workflow decides what each person may do.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class RequestModel(
    IRequestLookup queries, IRequestCommands commands, IRequestComments comments, IRequestAttachments attachments, TenantScopedDbContext db,
    ICurrentUser user, IStringLocalizer<ResidentResource> text, IStringLocalizer<WorkspaceResource> words)
    : RequestPageModel(queries, commands, comments, user, text)
{
    [BindProperty]
    public string? Report { get; set; }

    [BindProperty]
    public List<IFormFile> Photos { get; set; } = [];

    [BindProperty]
    public Guid? OrganisationId { get; set; }

    [BindProperty]
    public bool Internal { get; set; }

    /// <summary>Cancelling cannot be undone, so the form asks for a ticked confirmation (no script needed).</summary>
    [BindProperty]
    public bool ConfirmCancel { get; set; }

    public IReadOnlyList<OrganisationDto> Organisations { get; private set; } = [];

    public bool WorksIt => RequestOffers.WorksOn(View.Request, CurrentUser);

    public bool Dispatches => CurrentUser.IsInRole(Roles.Dispatcher);

    protected override bool IsInternalComment => Internal;

    /// <summary>Whether the workflow lets this person take the action now: the page offers only such buttons.</summary>
    public bool Offers(WorkflowAction action) => RequestOffers.Offers(View.Request, action, CurrentUser);

    public override async Task OnPageHandlerExecutionAsync(
        Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context, Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (Dispatches)
        {
            Organisations = await db.OrganisationsAsync(HttpContext.RequestAborted);
        }

        await next();
    }

    public Task<IActionResult> OnPostAcceptAsync(CancellationToken ct) => ActAsync(WorkflowAction.Accept, new TransitionCommand(), ct);

    public Task<IActionResult> OnPostStartAsync(CancellationToken ct) => ActAsync(WorkflowAction.Start, new TransitionCommand(), ct);

    public Task<IActionResult> OnPostReturnAsync(CancellationToken ct) => ActAsync(WorkflowAction.Return, new TransitionCommand(Clean(Reason)), ct);

    public Task<IActionResult> OnPostRerouteAsync(CancellationToken ct) =>
        ActAsync(WorkflowAction.Reroute, new TransitionCommand(Clean(Reason), OrganisationId: OrganisationId), ct);

    public Task<IActionResult> OnPostHoldAsync(CancellationToken ct) => ActAsync(WorkflowAction.Hold, new TransitionCommand(Clean(Reason)), ct);

    public Task<IActionResult> OnPostResumeAsync(CancellationToken ct) => ActAsync(WorkflowAction.Resume, new TransitionCommand(), ct);

    public Task<IActionResult> OnPostCancelAsync(CancellationToken ct) =>
        ConfirmCancel
            ? ActAsync(WorkflowAction.Cancel, new TransitionCommand(Clean(Reason)), ct)
            : RefuseAsync(nameof(ConfirmCancel), "CancelConfirmRequired", ct);

    /// <summary>A missing reason is told at the form that asked for it, in the words of that form.</summary>
    protected override void ShowRefusal(WorkflowAction action, TransitionResult refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        var message = refusal.Error == TransitionError.ReasonRequired ? words[$"{action}ReasonRequired"] : null;
        if (message is { ResourceNotFound: false })
        {
            ModelState.AddModelError($"{action}Reason", message);
            return;
        }

        base.ShowRefusal(action, refusal);
    }

    /// <summary>The report's photos are stored first: a category that requires a photo is resolved only with one.</summary>
    public async Task<IActionResult> OnPostResolveAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        foreach (var photo in Photos.Where(p => p.Length > 0))
        {
            await using var stream = photo.OpenReadStream();
            var (_, failure) = await attachments.SaveAsync(View.Request.Id, stream, photo.FileName, isReport: true, CurrentUser, ct);
            if (failure != AttachmentFailure.None)
            {
                ModelState.AddModelError(nameof(Photos), Text["Photo_" + failure]);
                return Page();
            }
        }

        Version = null;
        return await ActAsync(WorkflowAction.Resolve, new TransitionCommand(Report: Clean(Report)), ct);
    }

    private async Task<IActionResult> RefuseAsync(string field, string messageKey, CancellationToken ct)
    {
        ModelState.AddModelError(field, words[messageKey]);
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
