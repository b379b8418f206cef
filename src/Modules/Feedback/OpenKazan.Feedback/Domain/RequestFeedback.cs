using OpenKazan.BuildingBlocks.Caching;
using OpenKazan.BuildingBlocks.Persistence;

namespace OpenKazan.Feedback.Domain;

/// <summary>
/// The requester's rating of a resolved request: one per request, editable for a few days (see
/// <see cref="TransparencyOptions.FeedbackEditDays"/>). The comment is published only when <see cref="CommentPublic"/> says so.
/// </summary>
public sealed class RequestFeedback : ITenantOwned, IPublicCityData
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid RequestId { get; set; }

    public Guid UserId { get; set; }

    /// <summary>The organisation that worked the request when it was rated: the rating counts for it.</summary>
    public Guid? OrganisationId { get; set; }

    public Guid BuildingId { get; set; }

    /// <summary>1 (very bad) to 5 (very good).</summary>
    public int Score { get; set; }

    public string? Comment { get; set; }

    /// <summary>The resident agreed that the comment appears in open data.</summary>
    public bool CommentPublic { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>The rating reopened the request (a low score within the reopen window).</summary>
    public bool Reopened { get; set; }
}
