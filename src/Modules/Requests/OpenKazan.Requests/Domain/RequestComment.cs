using OpenKazan.BuildingBlocks.Persistence;

namespace OpenKazan.Requests.Domain;

/// <summary>A comment on a request; internal ones are for staff only and never shown to residents.</summary>
public sealed class RequestComment : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid RequestId { get; set; }

    public Guid? AuthorId { get; set; }

    public required string AuthorName { get; set; }

    public required string Text { get; set; }

    public bool IsInternal { get; set; }

    public DateTime At { get; set; }
}
