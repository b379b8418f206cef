using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Requests.Access;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.History;
using OpenKazan.Requests.Workflow;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Requests.Comments;

public enum CommentFailure
{
    None,
    InvalidText,
    NotFound,
    InternalNotAllowed,
}

/// <summary>
/// The one way a comment is written: the pages and the API through <see cref="AddAsync"/> (for a request the person may
/// see), Open311 updates through <see cref="WriteAsync"/> for the party their key stands for.
/// </summary>
public sealed class CommentWriter(TenantScopedDbContext db, RequestJournal journal, TimeProvider time)
{
    public async Task<(CommentDto? Comment, CommentFailure Failure)> AddAsync(Guid requestId, string? text, bool isInternal, ICurrentUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (Clean(text) is not { } clean)
        {
            return (null, CommentFailure.InvalidText);
        }

        var request = await db.Set<ServiceRequest>().VisibleTo(user).SingleOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null)
        {
            return (null, CommentFailure.NotFound);
        }

        if (isInternal && !RequestAccess.IsStaff(user))
        {
            return (null, CommentFailure.InternalNotAllowed);
        }

        var role = RequestAccess.ActorsFor(user, request).FirstOrDefault(ActorRole.Committee);
        var (comment, _) = await WriteAsync(request, new Actor(user.UserId, user.Name, role), clean, isInternal, ct);
        return (new CommentDto(comment.Id, comment.AuthorName, comment.Text, comment.IsInternal, comment.At), CommentFailure.None);
    }

    /// <summary>
    /// Writes a checked text (<see cref="Clean"/>) as the author's comment, for a caller that has already decided the
    /// author may comment on the request; the history event is null for an internal comment.
    /// </summary>
    public async Task<(RequestComment Comment, RequestEvent? Recorded)> WriteAsync(
        ServiceRequest request, Actor author, string text, bool isInternal, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(author);
        var comment = new RequestComment
        {
            RequestId = request.Id,
            AuthorId = author.Id,
            AuthorName = author.Name ?? "—",
            Text = text,
            IsInternal = isInternal,
            At = time.GetUtcNow().UtcDateTime,
        };
        db.Add(comment);

        // Internal comments stay out of the history a resident reads; public ones are part of the story.
        var recorded = isInternal ? null : journal.Record(request, RequestEventKinds.Commented, author, reason: text);
        await db.SaveChangesAsync(ct);
        return (comment, recorded);
    }

    /// <summary>The text as it is kept (trimmed), or null when it is empty or longer than a request's text may be.</summary>
    public static string? Clean(string? text)
    {
        var clean = text?.Trim();
        return string.IsNullOrEmpty(clean) || clean.Length > RequestText.MaxLength ? null : clean;
    }
}
