using OpenKazan.BuildingBlocks.Persistence;

namespace OpenKazan.Requests.Notifications;

/// <summary>
/// A notification to deliver, written in the same transaction as the change it tells about: if the change is
/// saved, the notification will be sent (at least once); if not, nobody hears of a change that did not happen.
/// </summary>
public sealed class OutboxMessage : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public NotificationChannel Channel { get; set; }

    public Guid? RequestId { get; set; }

    public Guid? RecipientUserId { get; set; }

    public string? RecipientEmail { get; set; }

    public required string Template { get; set; }

    public required string Subject { get; set; }

    public required string Body { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? SentAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}

public enum NotificationChannel
{
    Email,
    InApp,
}

/// <summary>A notification shown to a signed-in person in the product.</summary>
internal sealed class InAppNotification : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid UserId { get; set; }

    public Guid? RequestId { get; set; }

    public required string Title { get; set; }

    public required string Body { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? ReadAt { get; set; }
}
