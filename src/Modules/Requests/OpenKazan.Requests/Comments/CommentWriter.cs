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

/// <summary>Adds a comment to a request the person may see; the API and the pages write comments through it.</summary>
public sealed class CommentWriter(TenantScopedDbContext db, RequestJournal journal, TimeProvider time)
{

    public async Task<(CommentDto? Comment, CommentFailure Failure)> AddAsync(Guid requestId, string? text, bool isInternal, ICurrentUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var clean = text?.Trim();
        if (string.IsNullOrEmpty(clean) || clean.Length > RequestText.MaxLength)
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

        var comment = new RequestComment
        {
            RequestId = requestId,
            AuthorId = user.UserId,
            AuthorName = user.Name ?? "—",
            Text = clean,
            IsInternal = isInternal,
            At = time.GetUtcNow().UtcDateTime,
        };
        db.Add(comment);

        // Internal comments stay out of the history a resident reads; public ones are part of the story.
        if (!isInternal)
        {
            var role = RequestAccess.ActorsFor(user, request).FirstOrDefault(ActorRole.Committee);
            journal.Record(request, RequestEventKinds.Commented, new Actor(user.UserId, user.Name, role), reason: clean);
        }

        await db.SaveChangesAsync(ct);
        return (new CommentDto(comment.Id, comment.AuthorName, comment.Text, comment.IsInternal, comment.At), CommentFailure.None);
    }
}
