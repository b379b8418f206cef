using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.BuildingBlocks.Web;
using OpenKazan.Feedback.Domain;
using OpenKazan.Feedback.Web;
using OpenKazan.Feedback.Contracts;

namespace OpenKazan.Feedback.Voting;

internal sealed record VoteBody(Guid? OrganisationId, int? Score, string? Comment);

internal sealed record BallotLineDto(Guid OrganisationId, string Code, string Name, int? Score);

internal sealed record BallotDto(string Period, DateTime PeriodStart, DateTime PeriodEnd, bool Verified, List<BallotLineDto> Organisations);

internal sealed record VerifyAddressBody(Guid? UserId, Guid? BuildingId, string? Flat);

internal sealed record ResidentAddressDto(Guid Id, Guid UserId, Guid BuildingId, string Method, DateTime VerifiedAt);

internal sealed record VoteAuditDto(DateTime At, Guid UserId, Guid OrganisationId, string Period, string Outcome);

/// <summary>The resident's ballot and vote, the operator's verification of an address, the committee's audit of votes.</summary>
internal static class VotingEndpoints
{
    public static RouteGroupBuilder MapVotingEndpoints(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("/votes/ballot", BallotAsync).WithName("VotingBallot")
            .WithSummary("The organisations you may vote on this period").RequireAuthorization(Policies.CityUser);
        group.MapPost("/votes", CastAsync).WithName("CastVote")
            .WithSummary("Vote on the managing organisation of your building, once per period")
            .RequireAuthorization(Policies.CityUser);
        group.MapGet("/votes/audit", AuditAsync).WithName("VoteAudit")
            .WithSummary("Every voting attempt, newest first").RequireAuthorization(Policies.CitySupervisor);
        group.MapPost("/resident-addresses", VerifyAsync).WithName("VerifyResidentAddress")
            .WithSummary("Record that a resident lives in a building (after checking documents)")
            .RequireAuthorization(Policies.Operator).RequireRateLimiting(TransparencyRateLimits.Write);
        return group;
    }

    private static async Task<Ok<BallotDto>> BallotAsync([FromServices] ICurrentUser user, VotingService voting, CancellationToken ct)
    {
        var ballot = await voting.BallotAsync(user.UserId!.Value, ct);
        var culture = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return TypedResults.Ok(new BallotDto(ballot.Period.Key, ballot.Period.StartUtc, ballot.Period.EndUtc, ballot.Verified,
            ballot.Lines.Select(l => new BallotLineDto(l.OrganisationId, l.Code, l.Name.In(culture), l.Score)).ToList()));
    }

    private static async Task<Results<Created, ProblemHttpResult>> CastAsync(
        VoteBody? body, HttpContext context, [FromServices] ICurrentUser user, VotingService voting, VoteLimits limits, CancellationToken ct)
    {
        if (await limits.RefusalAsync(user.UserId!.Value, context, ct) is { } wait)
        {
            var seconds = (int)Math.Ceiling(wait.TotalSeconds);
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many votes",
                detail: $"Too many votes from this account or address. Try again in {seconds} s.");
        }

        if (body?.OrganisationId is not { } organisation || body.Score is not { } score)
        {
            return Problems.Invalid("body", "Give organisationId and a score from 1 to 5.");
        }

        return await voting.CastAsync(user.UserId!.Value, new VoteCommand(organisation, score, body.Comment), ct) switch
        {
            VoteOutcome.Accepted => TypedResults.Created(),
            VoteOutcome.InvalidScore => Problems.Invalid("score", "Give a score from 1 to 5."),
            VoteOutcome.CommentTooLong => Problems.Invalid("comment", $"The comment is at most {VotingService.MaxCommentLength} characters."),
            VoteOutcome.NotVerified => Problems.Forbidden("Only residents with a verified address in this city may vote."),
            VoteOutcome.NotManagingYourBuilding => Problems.Forbidden("This organisation does not manage a building you live in."),
            _ => Problems.Conflict("You have already voted on this organisation in this period."),
        };
    }

    private static async Task<Ok<List<VoteAuditDto>>> AuditAsync(TenantScopedDbContext db, CancellationToken ct)
    {
        var rows = await db.Set<VoteAuditEntry>().AsNoTracking().OrderByDescending(a => a.At).Take(500).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(a => new VoteAuditDto(a.At, a.UserId, a.OrganisationId, a.Period, a.Outcome)).ToList());
    }

    private static async Task<Results<Ok<ResidentAddressDto>, ProblemHttpResult>> VerifyAsync(
        VerifyAddressBody? body, [FromServices] ICurrentUser user, ResidentVerification residents, CancellationToken ct)
    {
        if (body?.UserId is not { } userId || body.BuildingId is not { } buildingId)
        {
            return Problems.Invalid("body", "Give userId and buildingId.");
        }

        if (body.Flat?.Length > 16)
        {
            return Problems.Invalid("flat", "The flat is at most 16 characters.");
        }

        var address = await residents.VerifyAsync(userId, buildingId, body.Flat, user.UserId, AddressVerification.Staff, ct);
        return address is null
            ? Problems.NotFound("Building")
            : TypedResults.Ok(new ResidentAddressDto(address.Id, address.UserId, address.BuildingId, address.Method.ToString(), address.VerifiedAt));
    }
}
