using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenKazan.BuildingBlocks;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Tenancy;
using OpenKazan.Feedback.Domain;
using OpenKazan.Registry.Contracts;
using OpenKazan.Feedback.Contracts;

namespace OpenKazan.Feedback.Voting;

/// <summary>
/// Votes on managing organisations: only a verified resident of a building the organisation manages, once per account,
/// organisation and period (the unique index backs the rule under concurrency). Every attempt is written to the audit.
/// </summary>
internal sealed class VotingService(
    TenantScopedDbContext db, ResidentVerification residents, IOptions<TransparencyOptions> options, ICurrentTenant tenant, TimeProvider time)
    : IVoting
{
    public const int MaxCommentLength = 2000;

    public RatingPeriod CurrentPeriod()
    {
        var city = tenant.Tenant!;
        return RatingPeriod.Containing(time.GetUtcNow().UtcDateTime, options.Value.For(city.Slug).Period!.Value, city.TimeZone);
    }

    public async Task<Ballot> BallotAsync(Guid userId, CancellationToken ct)
    {
        var period = CurrentPeriod();
        var buildings = await residents.VerifiedBuildingsAsync(userId, ct);
        var managed = await db.ManagersOfAsync(buildings, ct);
        var votes = await db.Set<OrganisationVote>().AsNoTracking()
            .Where(v => v.UserId == userId && v.Period == period.Key).ToDictionaryAsync(v => v.OrganisationId, v => v.Score, ct);
        var lines = managed.GroupBy(m => m.OrganisationId).Select(g => g.OrderBy(m => m.BuildingAddress, StringComparer.Ordinal).First())
            .Select(m => new BallotLine(m.OrganisationId, m.Code, m.Name, m.BuildingAddress, votes.TryGetValue(m.OrganisationId, out var s) ? s : null))
            .OrderBy(l => l.Code, StringComparer.Ordinal).ToList();
        return new Ballot(period, buildings.Count > 0, lines);
    }

    public async Task<VoteOutcome> CastAsync(Guid userId, VoteCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var period = CurrentPeriod();
        var outcome = await DecideAsync(userId, command, period, ct);
        if (outcome.Outcome == VoteOutcome.Accepted)
        {
            var vote = new OrganisationVote
            {
                UserId = userId,
                OrganisationId = command.OrganisationId,
                BuildingId = outcome.BuildingId!.Value,
                Period = period.Key,
                Score = command.Score,
                Comment = string.IsNullOrWhiteSpace(command.Comment) ? null : command.Comment.Trim(),
                CastAt = time.GetUtcNow().UtcDateTime,
            };
            db.Add(vote);
            Audit(userId, command.OrganisationId, period, VoteOutcome.Accepted, vote.Id);
            try
            {
                await db.SaveChangesAsync(ct);
                return VoteOutcome.Accepted;
            }
            catch (DbUpdateException)
            {
                // Another vote of the same account for the same organisation won the race: this one is a second vote.
                db.ChangeTracker.Clear();
                outcome = (VoteOutcome.AlreadyVoted, null);
            }
        }

        Audit(userId, command.OrganisationId, period, outcome.Outcome, null);
        await db.SaveChangesAsync(ct);
        return outcome.Outcome;
    }

    private async Task<(VoteOutcome Outcome, Guid? BuildingId)> DecideAsync(Guid userId, VoteCommand command, RatingPeriod period, CancellationToken ct)
    {
        if (command.Score is < 1 or > 5)
        {
            return (VoteOutcome.InvalidScore, null);
        }

        if (command.Comment?.Length > MaxCommentLength)
        {
            return (VoteOutcome.CommentTooLong, null);
        }

        var buildings = await residents.VerifiedBuildingsAsync(userId, ct);
        if (buildings.Count == 0)
        {
            return (VoteOutcome.NotVerified, null);
        }

        var building = await db.FirstBuildingManagedByAsync(buildings, command.OrganisationId, ct);
        if (building is null)
        {
            return (VoteOutcome.NotManagingYourBuilding, null);
        }

        var voted = await db.Set<OrganisationVote>().AnyAsync(
            v => v.UserId == userId && v.OrganisationId == command.OrganisationId && v.Period == period.Key, ct);
        return voted ? (VoteOutcome.AlreadyVoted, null) : (VoteOutcome.Accepted, building);
    }

    private void Audit(Guid userId, Guid organisationId, RatingPeriod period, VoteOutcome outcome, Guid? voteId) =>
        db.Add(new VoteAuditEntry
        {
            UserId = userId,
            OrganisationId = organisationId,
            Period = period.Key,
            VoteId = voteId,
            Outcome = outcome.ToString(),
            At = time.GetUtcNow().UtcDateTime,
        });
}
