using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Host.Areas;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Host.Pages.Resident;

/// <summary>
/// What the resident's and the staff's request pages share: the request by number, comments, and workflow actions
/// through the module's one path, <see cref="IRequestCommands"/>, with refusals told in the reader's language.
/// </summary>
public abstract class RequestPageModel(
    IRequestLookup queries, IRequestCommands commands, IRequestComments comments, ICurrentUser user, IStringLocalizer<ResidentResource> text)
    : PageModel
{
    protected ICurrentUser CurrentUser { get; } = user;

    protected IStringLocalizer<ResidentResource> Text { get; } = text;

    [FromRoute]
    public string Number { get; set; } = string.Empty;

    /// <summary>The version the reader saw: an action on a request that changed meanwhile is refused, not applied blindly.</summary>
    [BindProperty]
    public long? Version { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? CommentText { get; set; }

    public RequestView View { get; private set; } = null!;

    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? done, CancellationToken ct)
    {
        Done = done;
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostCommentAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var (_, failure) = await comments.AddAsync(View.Request.Id, CommentText, IsInternalComment, CurrentUser, ct);
        if (failure != CommentFailure.None)
        {
            ModelState.AddModelError(nameof(CommentText), Text["Comment_" + failure, RequestText.MaxLength]);
            return Page();
        }

        return RedirectToPage(new { number = View.Request.Number, done = "Commented" });
    }

    /// <summary>Whether a staff member marked the comment internal; residents never write internal comments.</summary>
    protected virtual bool IsInternalComment => false;

    protected async Task<bool> LoadAsync(CancellationToken ct)
    {
        var view = await queries.FindAsync(Number, CurrentUser, ct);
        if (view is null)
        {
            return false;
        }

        View = view;
        return true;
    }

    protected async Task<IActionResult> ActAsync(WorkflowAction action, TransitionCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var outcome = await commands.ApplyAsync(View.Request.Id, action, RequestActor.Person(CurrentUser), command with { ExpectedVersion = Version }, ct);
        if (outcome.Succeeded)
        {
            return RedirectToPage(new { number = View.Request.Number, done = action.ToString() });
        }

        if (outcome.Failure == TransitionFailure.Refused)
        {
            ShowRefusal(action, outcome.Refusal!);
        }
        else
        {
            ModelState.AddModelError(string.Empty, Text["Failure_" + outcome.Failure, RequestText.MaxLength]);
        }

        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Tells the workflow's refusal in the reader's language; a page with its own fields may say where.</summary>
    protected virtual void ShowRefusal(WorkflowAction action, TransitionResult refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        ModelState.AddModelError(string.Empty, Text["Refused_" + refusal.Error]);
    }

    /// <summary>Whether the reader filed this request (and so may confirm, reopen and rate it).</summary>
    public bool IsRequester => CurrentUser.UserId is { } id && View.Request.Requester.UserId == id;
}
