using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenKazan.BuildingBlocks.Files;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Requests.Access;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.History;
using OpenKazan.Requests.Web;
using OpenKazan.Requests.Workflow;

namespace OpenKazan.Requests.Attachments;

public sealed record AttachmentDto(Guid Id, string FileName, string ContentType, long Size, bool IsReport, DateTime At);

/// <summary>
/// Photos and documents of a request. The file is the raw request body (no multipart, so no form can post one
/// cross-site); the type is read from the content; files are served only to those who may see the request.
/// </summary>
public static class AttachmentEndpoints
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
        Guid id, string? name, bool? report, HttpRequest http, TenantScopedDbContext db, [FromServices] ICurrentUser user,
        IFileStore files, RequestJournal journal, IOptions<RequestsOptions> options, TimeProvider time, CancellationToken ct)
    {
        var limit = options.Value.MaxUploadBytes;
        if (http.ContentType is { } declared && FormContentTypes.Any(f => declared.StartsWith(f, StringComparison.OrdinalIgnoreCase)))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send the file as the body",
                detail: "Post the file's bytes as the body (application/octet-stream or its own type), not a form.");
        }

        if (http.ContentLength > limit)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "File too large", detail: $"At most {limit} bytes.");
        }

        var request = await db.Set<ServiceRequest>().VisibleTo(user).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (request is null)
        {
            return Problems.NotFound();
        }

        var actors = RequestAccess.ActorsFor(user, request);
        var isReport = report ?? false;
        if (isReport ? !actors.Contains(ActorRole.Organisation) : actors.Count == 0 || actors.SequenceEqual([ActorRole.Committee]))
        {
            return Problems.Forbidden(isReport ? "Only the assigned organisation adds report files." : "You may not add files to this request.");
        }

        if (await db.Set<RequestAttachment>().CountAsync(a => a.RequestId == id, ct) >= options.Value.MaxAttachmentsPerRequest)
        {
            return Problems.Conflict($"A request holds at most {options.Value.MaxAttachmentsPerRequest} files.");
        }

        using var buffer = new MemoryStream();
        if (!await CopyWithLimitAsync(http.Body, buffer, limit, ct))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "File too large", detail: $"At most {limit} bytes.");
        }

        var contentType = FileSignature.Detect(buffer.GetBuffer().AsSpan(0, (int)Math.Min(buffer.Length, FileSignature.HeaderLength)));
        if (contentType is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported file",
                detail: "Only JPEG, PNG and WebP photos and PDF documents are accepted (recognised by their content).");
        }

        var attachment = new RequestAttachment
        {
            RequestId = id,
            FileKey = string.Empty,
            ContentType = contentType,
            Size = buffer.Length,
            FileName = SafeName(name, contentType),
            IsReport = isReport,
            UploadedBy = user.UserId,
            At = time.GetUtcNow().UtcDateTime,
        };
        attachment.FileKey = $"requests/{id:N}/{attachment.Id:N}{FileSignature.Extension(contentType)}";
        buffer.Position = 0;
        await files.SaveAsync(db.CurrentTenantId, attachment.FileKey, buffer, contentType, ct);
        db.Add(attachment);
        journal.Record(request, RequestEventKinds.AttachmentAdded, new Actor(user.UserId, user.Name, actors[0]), reason: attachment.FileName);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/requests/{id}/attachments/{attachment.Id}", ToDto(attachment));
    }

    private static async Task<Results<Ok<List<AttachmentDto>>, ProblemHttpResult>> ListAsync(
        Guid id, TenantScopedDbContext db, [FromServices] ICurrentUser user, CancellationToken ct)
    {
        if (!await db.Set<ServiceRequest>().VisibleTo(user).AnyAsync(r => r.Id == id, ct))
        {
            return Problems.NotFound();
        }

        var rows = await db.Set<RequestAttachment>().AsNoTracking().Where(a => a.RequestId == id).OrderBy(a => a.At).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(ToDto).ToList());
    }

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> DownloadAsync(
        Guid id, Guid attachmentId, HttpResponse response, TenantScopedDbContext db, [FromServices] ICurrentUser user, IFileStore files, CancellationToken ct)
    {
        if (!await db.Set<ServiceRequest>().VisibleTo(user).AnyAsync(r => r.Id == id, ct))
        {
            return Problems.NotFound();
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

    private static async Task<bool> CopyWithLimitAsync(Stream source, MemoryStream target, long limit, CancellationToken ct)
    {
        var chunk = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(chunk, ct)) > 0)
        {
            if (target.Length + read > limit)
            {
                return false;
            }

            await target.WriteAsync(chunk.AsMemory(0, read), ct);
        }

        return true;
    }

    /// <summary>The client's name for display, stripped of paths and odd characters; never used as a storage key.</summary>
    private static string SafeName(string? name, string contentType)
    {
        var baseName = Path.GetFileName(name ?? string.Empty);
        var clean = new string(baseName.Where(c => !char.IsControl(c) && c is not ('"' or '\\' or '/')).Take(200).ToArray()).Trim();
        return clean.Length > 0 ? clean : "file" + FileSignature.Extension(contentType);
    }

    private static AttachmentDto ToDto(RequestAttachment a) => new(a.Id, a.FileName, a.ContentType, a.Size, a.IsReport, a.At);
}
