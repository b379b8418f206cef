using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.BuildingBlocks.Web;
using OpenKazan.Feedback.Contracts;
using OpenKazan.Feedback.Web;

namespace OpenKazan.Feedback.Feedback;

internal sealed record RateBody(int? Score, string? Comment, bool? PublishComment);

internal sealed record FeedbackDto(string Number, int Score, string? Comment, bool CommentPublic, DateTime CreatedAt, DateTime UpdatedAt, DateTime? EditableUntil, bool Reopened)
{
    public static FeedbackDto From(string number, GivenRating f) =>
        new(number, f.Score, f.Comment, f.CommentPublic, f.CreatedAt, f.UpdatedAt, f.EditableUntil, f.Reopened);
}

/// <summary>The requester reads and gives (or changes) the rating of their own request.</summary>
internal static class FeedbackEndpoints
{
    public static RouteGroupBuilder MapRequestFeedbackEndpoints(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("/requests/{number}/feedback", GetAsync).WithName("GetRequestFeedback")
            .WithSummary("The rating of your own request").RequireAuthorization(Policies.CityUser);
        group.MapPut("/requests/{number}/feedback", RateAsync).WithName("RateRequest")
            .WithSummary("Rate your resolved request (1–5) or change the rating within the edit window")
            .RequireAuthorization(Policies.CityUser).RequireRateLimiting(TransparencyRateLimits.Write);
        return group;
    }

    private static async Task<Results<Ok<FeedbackDto>, ProblemHttpResult>> GetAsync(
        string number, [FromServices] ICurrentUser user, RateRequestHandler handler, CancellationToken ct)
    {
        var view = user.UserId is { } id ? await handler.ViewAsync(number, id, ct) : null;
        if (view?.Feedback is null)
        {
            return Problems.NotFound("Feedback");
        }

        return TypedResults.Ok(FeedbackDto.From(number, view.Feedback));
    }

    private static async Task<Results<Ok<FeedbackDto>, ProblemHttpResult>> RateAsync(
        string number, RateBody? body, [FromServices] ICurrentUser user, RateRequestHandler handler, CancellationToken ct)
    {
        if (body?.Score is not { } score)
        {
            return Problems.Invalid("score", "Give a score from 1 to 5.");
        }

        var result = await handler.RateAsync(number, user.UserId!.Value, user.Name, new RateCommand(score, body.Comment, body.PublishComment ?? false), ct);
        return result.Error switch
        {
            FeedbackError.None => TypedResults.Ok(FeedbackDto.From(number, result.Feedback!)),
            FeedbackError.NotFound => Problems.NotFound("Request"),
            FeedbackError.InvalidScore => Problems.Invalid("score", "Give a score from 1 to 5."),
            FeedbackError.CommentTooLong => Problems.Invalid("comment", $"The comment is at most {RateRequestHandler.MaxCommentLength} characters."),
            FeedbackError.NotResolved => Problems.Conflict("Only a resolved or closed request can be rated."),
            FeedbackError.EditWindowClosed => Problems.Conflict("The rating can no longer be changed."),
            _ => Problems.Conflict("The request changed meanwhile; try again."),
        };
    }
}
