using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenKazan.BuildingBlocks.Files;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Requests.Access;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.History;
using OpenKazan.Requests.Workflow;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Requests.Attachments;

/// <summary>
/// Stores one file of a request after checking who may add it, the size and the type (read from the content).
/// The API (raw body) and the pages (a form with an antiforgery token) both store files through it; a new request's
/// photos are checked here and stored by <see cref="Submit.SubmitRequestHandler"/> with the request.
/// </summary>
public sealed class AttachmentSaver(
    TenantScopedDbContext db, IFileStore files, RequestJournal journal, IOptions<RequestsOptions> options, TimeProvider time)
    : IRequestAttachments
{
    public long MaxBytes => options.Value.MaxUploadBytes;

    public int MaxFiles => options.Value.MaxAttachmentsPerRequest;

    /// <summary>
    /// The count of a request's files is read and the new one committed together with a bump of the request's
    /// version, so of uploads that all saw room for one more file only one commits per round; the others count
    /// again. Every round commits one file or finds the request full, so the rounds are bounded by the limit.
    /// </summary>
    public async Task<(AttachmentDto? Attachment, AttachmentFailure Failure)> SaveAsync(
        Guid requestId, Stream content, string? name, bool isReport, ICurrentUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(user);
        CheckedFile? file = null;
        for (var round = 0; round <= MaxFiles + 2; round++)
        {
            var (request, actors, refusal) = await AdmitAsync(requestId, isReport, user, ct);
            if (request is null)
            {
                return (null, refusal);
            }

            if (file is null)
            {
                (file, var failure) = await CheckAsync(content, name, ct);
                if (file is null)
                {
                    return (null, failure);
                }
            }

            if (await TryAddAsync(request, actors, file, isReport, user, ct) is { } added)
            {
                return (ToDto(added), AttachmentFailure.None);
            }
        }

        return (null, AttachmentFailure.Busy);
    }

    /// <summary>Reads a file within the size limit and learns its type from its content; nothing is stored yet.</summary>
    public async Task<(CheckedFile? File, AttachmentFailure Failure)> CheckAsync(Stream content, string? name, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var buffer = new MemoryStream();
        if (!await CopyWithLimitAsync(content, buffer, MaxBytes, ct))
        {
            return (null, AttachmentFailure.TooLarge);
        }

        var contentType = FileSignature.Detect(buffer.GetBuffer().AsSpan(0, (int)Math.Min(buffer.Length, FileSignature.HeaderLength)));
        return contentType is null
            ? (null, AttachmentFailure.UnsupportedType)
            : (new CheckedFile(buffer.ToArray(), contentType, SafeName(name, contentType)), AttachmentFailure.None);
    }

    /// <summary>Checks every uploaded file of a form; the refused ones come back by name with the reason.</summary>
    public async Task<(List<CheckedFile> Files, List<(string Name, AttachmentFailure Failure)> Refused)> CheckAllAsync(
        IEnumerable<IFormFile> uploads, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(uploads);
        var files = new List<CheckedFile>();
        var refused = new List<(string, AttachmentFailure)>();
        foreach (var upload in uploads)
        {
            await using var stream = upload.OpenReadStream();
            var (file, failure) = await CheckAsync(stream, upload.FileName, ct);
            if (file is null)
            {
                refused.Add((Path.GetFileName(upload.FileName), failure));
            }
            else
            {
                files.Add(file);
            }
        }

        return (files, refused);
    }

    /// <summary>The record of a checked file; its storage key is fixed here, so the file can be stored before the record.</summary>
    public static RequestAttachment NewAttachment(Guid requestId, CheckedFile file, bool isReport, Guid? uploadedBy, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(file);
        var attachment = new RequestAttachment
        {
            RequestId = requestId,
            FileKey = string.Empty,
            ContentType = file.ContentType,
            Size = file.Content.Length,
            FileName = file.FileName,
            IsReport = isReport,
            UploadedBy = uploadedBy,
            At = at,
        };
        attachment.FileKey = $"requests/{requestId:N}/{attachment.Id:N}{FileSignature.Extension(file.ContentType)}";
        return attachment;
    }

    public async Task StoreAsync(RequestAttachment attachment, CheckedFile file, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        ArgumentNullException.ThrowIfNull(file);
        using var content = new MemoryStream(file.Content, writable: false);
        await files.SaveAsync(db.CurrentTenantId, attachment.FileKey, content, file.ContentType, ct);
    }

    /// <summary>Removes stored files whose records were never committed; a failure here leaves only an unreachable file.</summary>
    public async Task ForgetAsync(IEnumerable<RequestAttachment> attachments)
    {
        ArgumentNullException.ThrowIfNull(attachments);
        foreach (var attachment in attachments)
        {
            await files.DeleteAsync(db.CurrentTenantId, attachment.FileKey, CancellationToken.None);
        }
    }

    public static AttachmentDto ToDto(RequestAttachment attachment)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        return new(attachment.Id, attachment.FileName, attachment.ContentType, attachment.Size, attachment.IsReport, attachment.At);
    }

    /// <summary>The request if this person may add this kind of file and it has room for one more, read afresh.</summary>
    private async Task<(ServiceRequest? Request, IReadOnlyList<ActorRole> Actors, AttachmentFailure Refusal)> AdmitAsync(
        Guid requestId, bool isReport, ICurrentUser user, CancellationToken ct)
    {
        var request = await db.Set<ServiceRequest>().VisibleTo(user).SingleOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null)
        {
            return (null, [], AttachmentFailure.NotFound);
        }

        var actors = RequestAccess.ActorsFor(user, request);
        if (isReport ? !actors.Contains(ActorRole.Organisation) : actors.Count == 0 || actors.SequenceEqual([ActorRole.Committee]))
        {
            return (null, actors, AttachmentFailure.Forbidden);
        }

        return await db.Set<RequestAttachment>().CountAsync(a => a.RequestId == requestId, ct) >= MaxFiles
            ? (null, actors, AttachmentFailure.TooMany)
            : (request, actors, AttachmentFailure.None);
    }

    /// <summary>Null when another writer changed the request first: the stored file is removed and nothing is kept.</summary>
    private async Task<RequestAttachment?> TryAddAsync(
        ServiceRequest request, IReadOnlyList<ActorRole> actors, CheckedFile file, bool isReport, ICurrentUser user, CancellationToken ct)
    {
        var attachment = NewAttachment(request.Id, file, isReport, user.UserId, time.GetUtcNow().UtcDateTime);
        await StoreAsync(attachment, file, ct);
        db.Add(attachment);
        journal.Record(request, RequestEventKinds.AttachmentAdded, new Actor(user.UserId, user.Name, actors[0]), reason: attachment.FileName);
        request.Touch();
        try
        {
            await db.SaveChangesAsync(ct);
            return attachment;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await ForgetAsync([attachment]);
            return null;
        }
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
}
