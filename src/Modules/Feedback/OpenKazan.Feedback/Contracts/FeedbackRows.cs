using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Feedback.Domain;

namespace OpenKazan.Feedback.Contracts;

/// <summary>A request's rating as a number: the requester's score of the work (1–5).</summary>
public sealed class RatingScoreRow
{
    public Guid RequestId { get; init; }

    public int Score { get; init; }
}

/// <summary>A resident's vote without the voter: on which organisation, from which building, when and how.</summary>
public sealed class VoteRow
{
    public Guid TenantId { get; init; }

    public Guid OrganisationId { get; init; }

    /// <summary>The voter's building; gives the vote its district.</summary>
    public Guid BuildingId { get; init; }

    public int Score { get; init; }

    public DateTime CastAt { get; init; }
}

/// <summary>
/// Ratings and votes as queries that another module composes into its own (the analytics facts and vote measures),
/// so the database does the filtering and joining. Classes with settable members, so that such queries translate to SQL.
/// </summary>
public static class FeedbackRows
{
    public static IQueryable<RatingScoreRow> RatingScoreRows(this TenantScopedDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<RequestFeedback>().AsNoTracking().Select(f => new RatingScoreRow { RequestId = f.RequestId, Score = f.Score });
    }

    /// <summary>The votes of these cities: the current city's, or for a cross-city report those of the cities it names.</summary>
    public static IQueryable<VoteRow> VoteRows(this TenantScopedDbContext db, IReadOnlyCollection<Guid> cities, bool crossCity) =>
        CityRows.Of<OrganisationVote>(db, cities, crossCity).Select(v => new VoteRow
        {
            TenantId = v.TenantId, OrganisationId = v.OrganisationId, BuildingId = v.BuildingId, Score = v.Score, CastAt = v.CastAt,
        });
}
