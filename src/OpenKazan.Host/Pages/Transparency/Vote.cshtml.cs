using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Feedback.Contracts;
using OpenKazan.Host.Areas;

namespace OpenKazan.Host.Pages.Transparency;

/// <summary>A signed-in resident votes on the managing organisation of each building they verifiably live in.</summary>
[Authorize(Policy = Policies.CityUser)]
public sealed class VoteModel(IVoting voting, IVoteLimits limits, ICurrentUser user, IStringLocalizer<TransparencyResource> text) : PageModel
{
    public Ballot? Ballot { get; private set; }

    [BindProperty]
    public Guid OrganisationId { get; set; }

    [BindProperty]
    public int? Score { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    public bool Voted { get; private set; }

    public async Task OnGetAsync(bool voted, CancellationToken cancellationToken)
    {
        Voted = voted;
        Ballot = await voting.BallotAsync(user.UserId!.Value, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await limits.RefusalAsync(user.UserId!.Value, HttpContext, cancellationToken) is { } wait)
        {
            // The API's answer (429 with Retry-After), as the ballot with a message a person can read.
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            ModelState.AddModelError(string.Empty, text["VoteTooMany", (int)Math.Ceiling(wait.TotalMinutes)]);
            Ballot = await voting.BallotAsync(user.UserId!.Value, cancellationToken);
            return Page();
        }

        var outcome = await voting.CastAsync(user.UserId!.Value, new VoteCommand(OrganisationId, Score ?? 0, Comment), cancellationToken);
        if (outcome == VoteOutcome.Accepted)
        {
            return RedirectToPage(new { voted = true });
        }

        ModelState.AddModelError(string.Empty, text[$"Vote{outcome}"]);
        Ballot = await voting.BallotAsync(user.UserId!.Value, cancellationToken);
        return Page();
    }
}
