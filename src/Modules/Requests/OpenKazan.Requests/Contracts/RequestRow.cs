namespace OpenKazan.Requests.Contracts;

/// <summary>How close a request is to its next open deadline.</summary>
public enum DeadlineState
{
    None,
    OnTime,
    Near,
    Overdue,
}

/// <summary>A line of a list as people read it: address, category and organisation by name, and the next deadline.</summary>
public sealed record RequestRow(
    Guid Id,
    string Number,
    string Status,
    string Priority,
    string Address,
    string Category,
    string? Organisation,
    DateTime RegisteredAt,
    DateTime? NextDueAt,
    DeadlineState Deadline);

/// <summary>One request with everything its page shows; internal comments and staff names only for staff.</summary>
public sealed record RequestView(
    RequestDto Request,
    string Address,
    string Category,
    string? Organisation,
    IReadOnlyList<HistoryEntryDto> History,
    IReadOnlyList<CommentDto> Comments,
    IReadOnlyList<AttachmentDto> Attachments);
