using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Requests.Access;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.History;
using OpenKazan.Requests.Web;
using OpenKazan.Requests.Workflow;

namespace OpenKazan.Requests.Comments;

public sealed record CommentBody(string? Text, bool? Internal);

public sealed record CommentDto(Guid Id, string AuthorName, string Text, bool Internal, DateTime At);

/// <summary>Comments on a request. Internal comments are written and read by staff only; residents never see them.</summary>
public static class CommentEndpoints
{
    public static RouteGroupBuilder MapCommentEndpoints(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("/{id:guid}/comments", ListAsync).WithName("ListComments").RequireAuthorization(Policies.CityUser);
        group.MapPost("/{id:guid}/comments", AddAsync).WithName("AddComment").RequireAuthorization(Policies.CityUser);
        return group;
    }

    private static async Task<Results<Ok<List<CommentDto>>, ProblemHttpResult>> ListAsync(
        Guid id, TenantScopedDbContext db, [FromServices] ICurrentUser user, CancellationToken ct)
    {
        if (!await db.Set<ServiceRequest>().VisibleTo(user).AnyAsync(r => r.Id == id, ct))
        {
            return Problems.NotFound();
        }

        var staff = RequestAccess.IsStaff(user);
        var rows = await db.Set<RequestComment>().AsNoTracking()
            .Where(c => c.RequestId == id && (staff || !c.IsInternal))
            .OrderBy(c => c.At).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(c => new CommentDto(c.Id, c.AuthorName, c.Text, c.IsInternal, c.At)).ToList());
    }

    private static async Task<Results<Created<CommentDto>, ProblemHttpResult>> AddAsync(
        Guid id, CommentBody? body, TenantScopedDbContext db, [FromServices] ICurrentUser user, RequestJournal journal, TimeProvider time, CancellationToken ct)
    {
        var text = body?.Text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > 4000)
        {
            return Problems.Invalid("text", "A comment of 1 to 4000 characters.");
        }

        var request = await db.Set<ServiceRequest>().VisibleTo(user).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (request is null)
        {
            return Problems.NotFound();
        }

        var isInternal = body!.Internal ?? false;
        if (isInternal && !RequestAccess.IsStaff(user))
        {
            return Problems.Forbidden("Only staff write internal comments.");
        }

        var comment = new RequestComment
        {
            RequestId = id,
            AuthorId = user.UserId,
            AuthorName = user.Name ?? "—",
            Text = text,
            IsInternal = isInternal,
            At = time.GetUtcNow().UtcDateTime,
        };
        db.Add(comment);

        // Internal comments stay out of the history a resident reads; public ones are part of the story.
        if (!isInternal)
        {
            var role = RequestAccess.ActorsFor(user, request).FirstOrDefault(ActorRole.Committee);
            journal.Record(request, RequestEventKinds.Commented, new Actor(user.UserId, user.Name, role), reason: text);
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/requests/{id}/comments", new CommentDto(comment.Id, comment.AuthorName, comment.Text, comment.IsInternal, comment.At));
    }
}
