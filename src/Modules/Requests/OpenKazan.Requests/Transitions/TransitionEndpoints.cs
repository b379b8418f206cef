using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Requests.Access;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.History;
using OpenKazan.Requests.Lookup;
using OpenKazan.Requests.Web;
using OpenKazan.Requests.Workflow;

namespace OpenKazan.Requests.Transitions;

/// <summary>Body of a workflow action. <see cref="Version"/>, when given, must match: the client acted on what it saw.</summary>
public sealed record TransitionBody(string? Reason, string? Report, long? Version);

public sealed record RerouteBody(Guid? OrganisationId, string? Reason, long? Version);

/// <summary>One POST per workflow action; the state machine decides, the policy only keeps out those with no part at all.</summary>
public static class TransitionEndpoints
{
    /// <summary>Concurrent writers retry on a version conflict; after this many the caller gets 409.</summary>
    private const int Attempts = 8;

    private static readonly (string Route, WorkflowAction Action, string Policy)[] Actions =
    [
        ("accept", WorkflowAction.Accept, Policies.OrganisationStaff),
        ("start", WorkflowAction.Start, Policies.OrganisationStaff),
        ("hold", WorkflowAction.Hold, Policies.Staff),
        ("resume", WorkflowAction.Resume, Policies.Staff),
        ("resolve", WorkflowAction.Resolve, Policies.OrganisationStaff),
        ("return", WorkflowAction.Return, Policies.OrganisationStaff),
        ("reject", WorkflowAction.Reject, Policies.Staff),
        ("confirm", WorkflowAction.Confirm, Policies.CityUser),
        ("reopen", WorkflowAction.Reopen, Policies.CityUser),
        ("cancel", WorkflowAction.Cancel, Policies.CityUser),
    ];

    public static RouteGroupBuilder MapTransitionEndpoints(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        foreach (var (route, action, policy) in Actions)
        {
            group.MapPost($"/{{id:guid}}/{route}",
                    (Guid id, TransitionBody? body, TenantScopedDbContext db, [FromServices] ICurrentUser user, RequestTransitions transitions, CancellationToken ct) =>
                        RunAsync(id, action, new TransitionCommand(body?.Reason, body?.Report), body?.Version, db, user, transitions, ct))
                .WithName($"Request{action}")
                .WithSummary($"{action} a request")
                .RequireAuthorization(policy);
        }

        group.MapPost("/{id:guid}/reroute",
                (Guid id, RerouteBody body, TenantScopedDbContext db, [FromServices] ICurrentUser user, RequestTransitions transitions, CancellationToken ct) =>
                    RunAsync(id, WorkflowAction.Reroute, new TransitionCommand(body.Reason, OrganisationId: body.OrganisationId), body.Version, db, user, transitions, ct))
            .WithName("RequestReroute")
            .WithSummary("Re-route a request to another organisation (dispatcher)")
            .RequireAuthorization(Policies.Dispatcher);
        return group;
    }

    private static async Task<Results<Ok<RequestDto>, ProblemHttpResult>> RunAsync(
        Guid id, WorkflowAction action, TransitionCommand command, long? expectedVersion,
        TenantScopedDbContext db, ICurrentUser user, RequestTransitions transitions, CancellationToken ct)
    {
        if (command.Reason?.Length > 4000 || command.Report?.Length > 4000)
        {
            return Problems.Invalid("reason", "Reason and report are at most 4000 characters.");
        }

        var person = new Actor(user.UserId, user.Name, ActorRole.System);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            db.ChangeTracker.Clear();
            var request = await db.Set<ServiceRequest>().VisibleTo(user).SingleOrDefaultAsync(r => r.Id == id, ct);
            if (request is null)
            {
                return Problems.NotFound();
            }

            if (expectedVersion is { } version && version != request.Version)
            {
                return Problems.Conflict($"The request changed meanwhile (version {request.Version}); reload it and try again.");
            }

            var result = await transitions.ApplyAsync(request, action, RequestAccess.ActorsFor(user, request), person, command, ct);
            if (!result.Allowed)
            {
                return Problems.From(result);
            }

            try
            {
                await db.SaveChangesAsync(ct);
                var deadlines = await db.Set<RequestDeadline>().AsNoTracking().Where(d => d.RequestId == id).ToListAsync(ct);
                return TypedResults.Ok(RequestDto.From(request, deadlines));
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone else changed the request between our read and our write: decide again on the fresh state.
            }
        }

        return Problems.Conflict("The request is being changed by many people at once; try again.");
    }
}
