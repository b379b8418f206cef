using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Tenancy;
using OpenKazan.Feedback.Contracts;
using OpenKazan.Feedback.Domain;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Feedback.Feedback;

/// <summary>The requester's own request, its rating (the entity, tracked so that a change is saved), and whether it may be rated now.</summary>
internal sealed record RatingState(OwnRequest Request, RequestFeedback? Feedback, bool CanRate);

/// <summary>
/// Rates a resolved request once and lets the requester change the rating for a few days. A low score then reopens the
/// request through the requests' one path, <see cref="IRequestCommands"/> (so the reopen window, history, notification
/// and the retry on a concurrent change apply as usual).
/// </summary>
internal sealed class RateRequestHandler(
    TenantScopedDbContext db, IRequestCommands commands, IOptions<TransparencyOptions> options,
    ICurrentTenant tenant, TimeProvider time)
    : IRequestRating
{
    public const int MaxCommentLength = 2000;

    private CityTransparencySettings Settings => options.Value.For(tenant.Tenant!.Slug);

    public async Task<RatingView?> ViewAsync(string number, Guid userId, CancellationToken ct) =>
        await StateAsync(number, userId, ct) is { } state ? new RatingView(state.Request, Given(state.Feedback), state.CanRate) : null;

    private async Task<RatingState?> StateAsync(string number, Guid userId, CancellationToken ct)
    {
        var request = await db.OwnRequestAsync(number, userId, ct);
        if (request is null)
        {
            return null;
        }

        var feedback = await db.Set<RequestFeedback>().SingleOrDefaultAsync(f => f.RequestId == request.Id, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var canRate = feedback is null ? request.IsResolved : now <= EditableUntil(feedback);
        return new RatingState(request, feedback, canRate);
    }

    private DateTime EditableUntil(RequestFeedback feedback) => feedback.CreatedAt.AddDays(Settings.FeedbackEditDays!.Value);

    private GivenRating? Given(RequestFeedback? feedback) => feedback is null
        ? null
        : new GivenRating(feedback.Score, feedback.Comment, feedback.CommentPublic, feedback.CreatedAt, feedback.UpdatedAt,
            EditableUntil(feedback), feedback.Reopened);

    public async Task<FeedbackResult> RateAsync(string number, Guid userId, string? userName, RateCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Score is < 1 or > 5)
        {
            return new FeedbackResult(FeedbackError.InvalidScore);
        }

        if (command.Comment?.Length > MaxCommentLength)
        {
            return new FeedbackResult(FeedbackError.CommentTooLong);
        }

        var view = await StateAsync(number, userId, ct);
        if (view is null)
        {
            return new FeedbackResult(FeedbackError.NotFound);
        }

        if (!view.CanRate)
        {
            return new FeedbackResult(view.Feedback is null ? FeedbackError.NotResolved : FeedbackError.EditWindowClosed);
        }

        var feedback = Apply(view, userId, command);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A second rating of the same request at the same moment.
            db.ChangeTracker.Clear();
            return new FeedbackResult(FeedbackError.Conflict);
        }

        await ReopenIfLowAsync(view.Request, feedback, userName, ct);
        return new FeedbackResult(FeedbackError.None, Given(feedback));
    }

    private RequestFeedback Apply(RatingState view, Guid userId, RateCommand command)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var feedback = view.Feedback;
        if (feedback is null)
        {
            feedback = new RequestFeedback
            {
                RequestId = view.Request.Id,
                UserId = userId,
                OrganisationId = view.Request.OrganisationId,
                BuildingId = view.Request.BuildingId,
                CreatedAt = now,
            };
            db.Add(feedback);
        }

        feedback.Score = command.Score;
        feedback.Comment = string.IsNullOrWhiteSpace(command.Comment) ? null : command.Comment.Trim();
        feedback.CommentPublic = command.PublishComment && feedback.Comment is not null;
        feedback.UpdatedAt = now;
        db.MarkRequestChanged(view.Request.Id);
        return feedback;
    }

    private async Task ReopenIfLowAsync(OwnRequest request, RequestFeedback feedback, string? userName, CancellationToken ct)
    {
        if (feedback.Reopened || feedback.Score > Settings.ReopenAtOrBelow!.Value || !request.IsResolved)
        {
            return;
        }

        var reason = $"Rated {feedback.Score} of 5" + (feedback.Comment is null ? "." : $": {feedback.Comment}");
        var outcome = await commands.ApplyAsync(request.Id, WorkflowAction.Reopen, RequestActor.Party(ActorRole.Resident, userName, feedback.UserId),
            new TransitionCommand(Reason: reason[..Math.Min(reason.Length, RequestText.MaxLength)]), ct);
        if (outcome.Succeeded)
        {
            // The one path saved in a unit of work of its own; the rating notes that it reopened the request.
            db.Attach(feedback);
            feedback.Reopened = true;
            await db.SaveChangesAsync(ct);
        }
    }
}
