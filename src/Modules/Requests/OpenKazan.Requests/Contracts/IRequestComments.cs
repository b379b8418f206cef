using OpenKazan.BuildingBlocks.Security;

namespace OpenKazan.Requests.Contracts;

/// <summary>How a person comments on a request they may see, from a page; internal comments are for staff only.</summary>
public interface IRequestComments
{
    /// <summary>Writes the comment (checked by <see cref="RequestText.Clean"/>), or says why it was not written.</summary>
    Task<(CommentDto? Comment, CommentFailure Failure)> AddAsync(Guid requestId, string? text, bool isInternal, ICurrentUser user, CancellationToken ct);
}

public sealed record CommentDto(Guid Id, string AuthorName, string Text, bool Internal, DateTime At);

public enum CommentFailure
{
    None,
    InvalidText,
    NotFound,
    InternalNotAllowed,
}
