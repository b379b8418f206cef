using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Feedback.Contracts;
using OpenKazan.Host.Areas;

namespace OpenKazan.Host.Pages.Transparency;

/// <summary>The requester rates their resolved request, or changes the rating while the edit window is open.</summary>
[Authorize(Policy = Policies.CityUser)]
public sealed class RateModel(IRequestRating handler, ICurrentUser user, IStringLocalizer<TransparencyResource> text) : PageModel
{
    public RatingView? View { get; private set; }

    [BindProperty]
    public int? Score { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    [BindProperty]
    public bool PublishComment { get; set; }

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(string number, bool saved, CancellationToken cancellationToken)
    {
        View = await handler.ViewAsync(number, user.UserId!.Value, cancellationToken);
        if (View is null)
        {
            return NotFound();
        }

        Score = View.Feedback?.Score;
        Comment = View.Feedback?.Comment;
        PublishComment = View.Feedback?.CommentPublic ?? false;
        Saved = saved;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string number, CancellationToken cancellationToken)
    {
        var result = await handler.RateAsync(number, user.UserId!.Value, user.Name, new RateCommand(Score ?? 0, Comment, PublishComment), cancellationToken);
        if (result.Error == FeedbackError.NotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            return RedirectToPage(new { number, saved = true });
        }

        ModelState.AddModelError(string.Empty, text[$"Feedback{result.Error}"]);
        View = await handler.ViewAsync(number, user.UserId!.Value, cancellationToken);
        return Page();
    }
}
