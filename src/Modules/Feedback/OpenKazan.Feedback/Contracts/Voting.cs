using Microsoft.AspNetCore.Http;
using OpenKazan.BuildingBlocks;

namespace OpenKazan.Feedback.Contracts;

/// <summary>A verified resident's votes on the managing organisations of the buildings they live in, once per period.</summary>
public interface IVoting
{
    /// <summary>The organisations the person may vote on this period, each with their vote if cast.</summary>
    Task<Ballot> BallotAsync(Guid userId, CancellationToken ct);

    /// <summary>Casts the vote, or says why it was refused; every attempt is audited.</summary>
    Task<VoteOutcome> CastAsync(Guid userId, VoteCommand command, CancellationToken ct);
}

/// <summary>How many votes one account and one client address may cast per minute, the same for the vote page and the API.</summary>
public interface IVoteLimits
{
    /// <summary>Takes one vote of the account's and the address's allowance; when either is used up, how long to wait.</summary>
    Task<TimeSpan?> RefusalAsync(Guid userId, HttpContext context, CancellationToken cancellationToken);
}

public enum VoteOutcome
{
    Accepted,
    InvalidScore,
    CommentTooLong,
    NotVerified,
    NotManagingYourBuilding,
    AlreadyVoted,
}

/// <summary>One organisation the person may vote on this period, and their vote if cast.</summary>
public sealed record BallotLine(Guid OrganisationId, string Code, LocalizedText Name, string BuildingAddress, int? Score);

public sealed record Ballot(RatingPeriod Period, bool Verified, IReadOnlyList<BallotLine> Lines);

public sealed record VoteCommand(Guid OrganisationId, int Score, string? Comment);
