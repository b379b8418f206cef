using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.BuildingBlocks.Web;
using OpenKazan.Requests.Access;
using OpenKazan.Requests.Contracts;
using OpenKazan.Requests.Domain;

namespace OpenKazan.Requests.Comments;

internal sealed record CommentBody(string? Text, bool? Internal);

/// <summary>Comments on a request. Internal comments are written and read by staff only; residents never see them.</summary>
internal static class CommentEndpoints
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
            return Problems.NotFound("Request");
        }

        var staff = RequestAccess.IsStaff(user);
        var rows = await db.Set<RequestComment>().AsNoTracking()
            .Where(c => c.RequestId == id && (staff || !c.IsInternal))
            .OrderBy(c => c.At).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(c => new CommentDto(c.Id, c.AuthorName, c.Text, c.IsInternal, c.At)).ToList());
    }

    private static async Task<Results<Created<CommentDto>, ProblemHttpResult>> AddAsync(
        Guid id, CommentBody? body, [FromServices] ICurrentUser user, CommentWriter writer, CancellationToken ct)
    {
        var (comment, failure) = await writer.AddAsync(id, body?.Text, body?.Internal ?? false, user, ct);
        return failure switch
        {
            CommentFailure.None => TypedResults.Created($"/api/requests/{id}/comments", comment),
            CommentFailure.InvalidText => Problems.Invalid("text", $"A comment of 1 to {RequestText.MaxLength} characters."),
            CommentFailure.NotFound => Problems.NotFound("Request"),
            _ => Problems.Forbidden("Only staff write internal comments."),
        };
    }
}
