using Microsoft.AspNetCore.Http;
using OpenKazan.BuildingBlocks.Security;

namespace OpenKazan.Requests.Contracts;

/// <summary>
/// A request's files as pages take them: a new request's photos checked before it is filed (and stored with it by
/// <see cref="IRequestIntake"/>), and a file added to a request the person may work on.
/// </summary>
public interface IRequestAttachments
{
    /// <summary>How many files one request may have.</summary>
    int MaxFiles { get; }

    /// <summary>Stores one file of a request after checking who may add it, its size and its type (read from the content).</summary>
    Task<(AttachmentDto? Attachment, AttachmentFailure Failure)> SaveAsync(
        Guid requestId, Stream content, string? name, bool isReport, ICurrentUser user, CancellationToken ct);

    /// <summary>Checks every uploaded file of a form; the refused ones come back by name with the reason.</summary>
    Task<(List<CheckedFile> Files, List<(string Name, AttachmentFailure Failure)> Refused)> CheckAllAsync(
        IEnumerable<IFormFile> uploads, CancellationToken ct);
}

public sealed record AttachmentDto(Guid Id, string FileName, string ContentType, long Size, bool IsReport, DateTime At);

public enum AttachmentFailure
{
    None,
    NotFound,
    Forbidden,
    TooMany,
    TooLarge,
    UnsupportedType,
    Busy,
}
