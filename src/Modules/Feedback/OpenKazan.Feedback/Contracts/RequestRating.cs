using OpenKazan.Requests.Contracts;

namespace OpenKazan.Feedback.Contracts;

/// <summary>
/// The requester rates their resolved request once and may change the rating for a few days; a low score reopens the
/// request through the requests' one path.
/// </summary>
public interface IRequestRating
{
    /// <summary>The requester's own request and its rating, or null when the request is not theirs.</summary>
    Task<RatingView?> ViewAsync(string number, Guid userId, CancellationToken ct);

    Task<FeedbackResult> RateAsync(string number, Guid userId, string? userName, RateCommand command, CancellationToken ct);
}

/// <summary>What the requester sends: a score of 1–5, an optional comment, and whether the comment may be published.</summary>
public sealed record RateCommand(int Score, string? Comment, bool PublishComment);

public enum FeedbackError
{
    None,
    NotFound,
    NotResolved,
    EditWindowClosed,
    InvalidScore,
    CommentTooLong,
    Conflict,
}

/// <summary>A rating as given, and until when its author may still change it.</summary>
public sealed record GivenRating(int Score, string? Comment, bool CommentPublic, DateTime CreatedAt, DateTime UpdatedAt, DateTime EditableUntil, bool Reopened);

public sealed record FeedbackResult(FeedbackError Error, GivenRating? Feedback = null)
{
    public bool Succeeded => Error == FeedbackError.None;
}

/// <summary>The requester's own request and its rating, as the rating form shows them.</summary>
public sealed record RatingView(OwnRequest Request, GivenRating? Feedback, bool CanRate);
