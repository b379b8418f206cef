using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Feedback.Domain;
using OpenKazan.Feedback.Persistence;

namespace OpenKazan.Feedback.Contracts;

/// <summary>A requester's past rating of a resolved request, as a bulk writer of a city's history hands it over.</summary>
public sealed record ImportedRating
{
    public required Guid Id { get; init; }

    public required Guid RequestId { get; init; }

    public required Guid UserId { get; init; }

    /// <summary>The organisation that worked the request: the rating counts for it.</summary>
    public Guid? OrganisationId { get; init; }

    public required Guid BuildingId { get; init; }

    /// <summary>1 (very bad) to 5 (very good).</summary>
    public required int Score { get; init; }

    /// <summary>When it was given; it was never changed since.</summary>
    public required DateTime RatedAt { get; init; }
}

/// <summary>A resident's past vote on their building's managing organisation, as a bulk writer of a city's history hands it over.</summary>
public sealed record ImportedVote
{
    public required Guid Id { get; init; }

    public required Guid UserId { get; init; }

    public required Guid OrganisationId { get; init; }

    public required Guid BuildingId { get; init; }

    /// <summary>The voting period's key (<see cref="RatingPeriod.Key"/>).</summary>
    public required string Period { get; init; }

    /// <summary>1 (very bad) to 5 (very good).</summary>
    public required int Score { get; init; }

    public required DateTime CastAt { get; init; }
}

/// <summary>
/// Writes a city's past ratings and votes in bulk (the demo city generator's millions of rows): on PostgreSQL one binary
/// COPY per table on the context's connection, so they join the caller's transaction; on the other engines one batched
/// save, after which nothing stays tracked. The rows are the current city's. The live rules (the edit window, one vote
/// per period, the reopening of a request on a low score) are the writer's to keep: history is taken as it was.
/// </summary>
public static class FeedbackImport
{
    public static async Task ImportFeedbackAsync(
        this TenantScopedDbContext db, IReadOnlyCollection<ImportedRating> ratings, IReadOnlyCollection<ImportedVote> votes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentNullException.ThrowIfNull(votes);
        var city = db.HasTenant ? db.CurrentTenantId : throw new InvalidOperationException("No city is current.");
        var feedback = ratings.Select(r => ToFeedback(r, city)).ToList();
        var cast = votes.Select(v => ToVote(v, city)).ToList();
        if (await db.CopyConnectionAsync(ct) is { } connection)
        {
            await FeedbackCopy.CopyFeedbackAsync(connection, feedback, ct);
            await FeedbackCopy.CopyVotesAsync(connection, cast, ct);
            return;
        }

        db.AddRange(feedback);
        db.AddRange(cast);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private static RequestFeedback ToFeedback(ImportedRating rating, Guid city) => new()
    {
        Id = rating.Id,
        TenantId = city,
        RequestId = rating.RequestId,
        UserId = rating.UserId,
        OrganisationId = rating.OrganisationId,
        BuildingId = rating.BuildingId,
        Score = rating.Score,
        CreatedAt = rating.RatedAt,
        UpdatedAt = rating.RatedAt,
    };

    private static OrganisationVote ToVote(ImportedVote vote, Guid city) => new()
    {
        Id = vote.Id,
        TenantId = city,
        UserId = vote.UserId,
        OrganisationId = vote.OrganisationId,
        BuildingId = vote.BuildingId,
        Period = vote.Period,
        Score = vote.Score,
        CastAt = vote.CastAt,
    };
}
