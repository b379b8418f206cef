using OpenKazan.BuildingBlocks.Persistence;

namespace OpenKazan.Requests.Domain;

/// <summary>
/// A request whose history or rating changed, written in the same unit of work as the change and waiting for the
/// reader of changes (the analytics fact sync), which deletes the rows it has taken. Unlike a time watermark over
/// <see cref="RequestEvent.At"/> (stamped before commit), a row that commits late is still there to be taken.
/// </summary>
public sealed class RequestChange : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid RequestId { get; set; }
}
