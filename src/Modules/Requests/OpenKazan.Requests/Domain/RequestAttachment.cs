using OpenKazan.BuildingBlocks.Persistence;

namespace OpenKazan.Requests.Domain;

/// <summary>A photo or document of a request, stored in the city's file store under a key the product made.</summary>
public sealed class RequestAttachment : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid RequestId { get; set; }

    public required string FileKey { get; set; }

    public string? ThumbnailKey { get; set; }

    /// <summary>Detected from the content, never taken from the client.</summary>
    public required string ContentType { get; set; }

    public long Size { get; set; }

    /// <summary>The client's file name, for display only.</summary>
    public required string FileName { get; set; }

    /// <summary>Attached at intake, or as part of the resolution report.</summary>
    public bool IsReport { get; set; }

    public Guid? UploadedBy { get; set; }

    public DateTime At { get; set; }

    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);
}
