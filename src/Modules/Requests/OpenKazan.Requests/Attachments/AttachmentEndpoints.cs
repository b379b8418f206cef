using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Files;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.BuildingBlocks.Web;
using OpenKazan.Requests.Access;
using OpenKazan.Requests.Contracts;
using OpenKazan.Requests.Domain;

namespace OpenKazan.Requests.Attachments;

/// <summary>
/// Photos and documents of a request. The file is the raw request body (no multipart, so no form can post one
/// cross-site); the type is read from the content; files are served only to those who may see the request.
/// </summary>
internal static class AttachmentEndpoints
{
    /// <summary>Content types a plain HTML form can send cross-site without a preflight; refused to keep CSRF out.</summary>
    private static readonly string[] FormContentTypes = ["text/plain", "multipart/form-data", "application/x-www-form-urlencoded"];

    public static RouteGroupBuilder MapAttachmentEndpoints(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapPost("/{id:guid}/attachments", UploadAsync).WithName("UploadAttachment")
            .WithSummary("Attach a photo (JPEG, PNG, WebP) or a PDF: the file is the request body; ?name=…&report=true for the resolution report")
            .Accepts<byte[]>("application/octet-stream", "image/jpeg", "image/png", "image/webp", "application/pdf")
            .RequireAuthorization(Policies.CityUser);
        group.MapGet("/{id:guid}/attachments", ListAsync).WithName("ListAttachments").RequireAuthorization(Policies.CityUser);
        group.MapGet("/{id:guid}/attachments/{attachmentId:guid}", DownloadAsync).WithName("DownloadAttachment").RequireAuthorization(Policies.CityUser);
        return group;
    }

    private static async Task<Results<Created<AttachmentDto>, ProblemHttpResult>> UploadAsync(
        Guid id, string? name, bool? report, HttpRequest http, [FromServices] ICurrentUser user, AttachmentSaver saver, CancellationToken ct)
    {
        var limit = saver.MaxBytes;
        if (http.ContentType is { } declared && FormContentTypes.Any(f => declared.StartsWith(f, StringComparison.OrdinalIgnoreCase)))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send the file as the body",
                detail: "Post the file's bytes as the body (application/octet-stream or its own type), not a form.");
        }

        if (http.ContentLength > limit)
        {
            return TooLarge(limit);
        }

        var (attachment, failure) = await saver.SaveAsync(id, http.Body, name, report ?? false, user, ct);
        return failure switch
        {
            AttachmentFailure.None => TypedResults.Created($"/api/requests/{id}/attachments/{attachment!.Id}", attachment),
            AttachmentFailure.NotFound => Problems.NotFound("Request"),
            AttachmentFailure.Forbidden => Problems.Forbidden(report ?? false ? "Only the assigned organisation adds report files." : "You may not add files to this request."),
            AttachmentFailure.TooMany => Problems.Conflict($"A request holds at most {saver.MaxFiles} files."),
            AttachmentFailure.TooLarge => TooLarge(limit),
            AttachmentFailure.Busy => Problems.Conflict("The request is being changed by others right now; try again."),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported file",
                detail: "Only JPEG, PNG and WebP photos and PDF documents are accepted (recognised by their content)."),
        };
    }

    private static ProblemHttpResult TooLarge(long limit) =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "File too large", detail: $"At most {limit} bytes.");

    private static async Task<Results<Ok<List<AttachmentDto>>, ProblemHttpResult>> ListAsync(
        Guid id, TenantScopedDbContext db, [FromServices] ICurrentUser user, CancellationToken ct)
    {
        if (!await db.Set<ServiceRequest>().VisibleTo(user).AnyAsync(r => r.Id == id, ct))
        {
            return Problems.NotFound("Request");
        }

        var rows = await db.Set<RequestAttachment>().AsNoTracking().Where(a => a.RequestId == id).OrderBy(a => a.At).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(AttachmentSaver.ToDto).ToList());
    }

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> DownloadAsync(
        Guid id, Guid attachmentId, HttpResponse response, TenantScopedDbContext db, [FromServices] ICurrentUser user, IFileStore files, CancellationToken ct)
    {
        if (!await db.Set<ServiceRequest>().VisibleTo(user).AnyAsync(r => r.Id == id, ct))
        {
            return Problems.NotFound("Request");
        }

        var attachment = await db.Set<RequestAttachment>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == attachmentId && a.RequestId == id, ct);
        var stored = attachment is null ? null : await files.OpenAsync(db.CurrentTenantId, attachment.FileKey, ct);
        if (stored is null)
        {
            return Problems.NotFound("File");
        }

        response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.Stream(stored.Content, attachment!.ContentType, attachment.IsImage ? null : attachment.FileName);
    }
}
