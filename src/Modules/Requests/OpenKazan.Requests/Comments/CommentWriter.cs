using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Requests.Access;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.History;
using OpenKazan.Requests.Workflow;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Requests.Comments;

/// <summary>
/// The one way a comment is written: the pages and the API for a request the person may see, Open311 updates (through
/// <see cref="IRequestCommands.CommentAsync"/>) for the party their key stands for.
/// </summary>
public sealed class CommentWriter(TenantScopedDbContext db, RequestJournal journal, TimeProvider time) : IRequestComments
{
    public async Task<(CommentDto? Comment, CommentFailure Failure)> AddAsync(Guid requestId, string? text, bool isInternal, ICurrentUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (RequestText.Clean(text) is not { } clean)
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

    /// <summary>A public comment by a party a channel vouched for, in the first capacity it holds towards the request.</summary>
    internal async Task<CommentOutcome> AddForPartyAsync(Guid requestId, RequestActor author, string text, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(author);
        if (RequestText.Clean(text) is not { } clean)
        {
            return new(null, TransitionFailure.Refused,
                TransitionResult.Fail(TransitionError.InvalidInput, $"A comment is 1 to {RequestText.MaxLength} characters."));
        }

        db.ChangeTracker.Clear();
        var request = await author.Reach(db.Set<ServiceRequest>()).SingleOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null)
        {
            return new(null, TransitionFailure.NotFound);
        }

        if (author.CapacitiesTowards(request) is not [var capacity, ..])
        {
            return new(null, TransitionFailure.Refused, TransitionResult.Fail(TransitionError.NotPermitted, "You have no part in this request."));
        }

        var (_, recorded) = await WriteAsync(request, author.InHistory(capacity), clean, isInternal: false, ct);
        return new(RecordedEvent.Of(recorded!), TransitionFailure.None);
    }

    /// <summary>
    /// Writes a checked text (<see cref="RequestText.Clean"/>) as the author's comment, once the caller has decided the
    /// author may comment on the request; the history event is null for an internal comment.
    /// </summary>
    private async Task<(RequestComment Comment, RequestEvent? Recorded)> WriteAsync(
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
}
