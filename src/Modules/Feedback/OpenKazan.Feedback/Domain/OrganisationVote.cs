using OpenKazan.BuildingBlocks.Caching;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Feedback.Contracts;

namespace OpenKazan.Feedback.Domain;

/// <summary>A resident's vote on the managing organisation of their building: one per account, organisation and period.</summary>
public sealed class OrganisationVote : ITenantOwned, IPublicCityData
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid UserId { get; set; }

    public Guid OrganisationId { get; set; }

    /// <summary>The building the voter lives in; gives the vote its district.</summary>
    public Guid BuildingId { get; set; }

    /// <summary>The voting period's key, e.g. <c>2026-Q4</c>.</summary>
    public required string Period { get; set; }

    /// <summary>1 (very bad) to 5 (very good).</summary>
    public int Score { get; set; }

    public string? Comment { get; set; }

    public DateTime CastAt { get; set; }
}

/// <summary>One attempt to vote, accepted or refused, kept for the committee's audit.</summary>
internal sealed class VoteAuditEntry : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid UserId { get; set; }

    public Guid OrganisationId { get; set; }

    public required string Period { get; set; }

    public Guid? VoteId { get; set; }

    /// <summary><c>Accepted</c>, or why it was refused (<see cref="VoteOutcome"/>).</summary>
    public required string Outcome { get; set; }

    public DateTime At { get; set; }
}
