using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.BuildingBlocks.Web;
using OpenKazan.Requests.Access;
using OpenKazan.Requests.Contracts;
using OpenKazan.Requests.Domain;

namespace OpenKazan.Requests.History;

internal sealed record DispatchDecisionDto(DateTime At, Guid? OrganisationId, string Rule, string Reason);

/// <summary>The story of a request, oldest first, and (for staff) its routing decisions.</summary>
internal static class HistoryEndpoints
{
    public static RouteGroupBuilder MapHistoryEndpoints(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("/{id:guid}/history", HistoryAsync).WithName("RequestHistory").RequireAuthorization(Policies.CityUser);
        group.MapGet("/{id:guid}/dispatch-decisions", DecisionsAsync).WithName("RequestDispatchDecisions").RequireAuthorization(Policies.Staff);
        return group;
    }

    private static async Task<Results<Ok<List<HistoryEntryDto>>, ProblemHttpResult>> HistoryAsync(
        Guid id, TenantScopedDbContext db, [FromServices] ICurrentUser user, CancellationToken ct)
    {
        if (!await db.Set<ServiceRequest>().VisibleTo(user).AnyAsync(r => r.Id == id, ct))
        {
            return Problems.NotFound("Request");
        }

        var staff = RequestAccess.IsStaff(user);
        var rows = await db.Set<RequestEvent>().AsNoTracking().Where(e => e.RequestId == id).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(e => HistoryEntryDto.Of(e, staff, user.UserId)).ToList());
    }

    private static async Task<Results<Ok<List<DispatchDecisionDto>>, ProblemHttpResult>> DecisionsAsync(
        Guid id, TenantScopedDbContext db, [FromServices] ICurrentUser user, CancellationToken ct)
    {
        if (!await db.Set<ServiceRequest>().VisibleTo(user).AnyAsync(r => r.Id == id, ct))
        {
            return Problems.NotFound("Request");
        }

        var rows = await db.Set<DispatchDecision>().AsNoTracking().Where(d => d.RequestId == id).OrderBy(d => d.At).ThenBy(d => d.Id).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(d => new DispatchDecisionDto(d.At, d.OrganisationId, d.Rule, d.Reason)).ToList());
    }
}
