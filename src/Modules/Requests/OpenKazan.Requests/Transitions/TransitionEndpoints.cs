using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.BuildingBlocks.Web;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.Lookup;
using OpenKazan.Requests.Web;
using OpenKazan.Requests.Workflow;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Requests.Transitions;

/// <summary>Body of a workflow action. <see cref="Version"/>, when given, must match: the client acted on what it saw.</summary>
public sealed record TransitionBody(string? Reason, string? Report, long? Version);

public sealed record RerouteBody(Guid? OrganisationId, string? Reason, long? Version);

/// <summary>One POST per workflow action; the state machine decides, the policy only keeps out those with no part at all.</summary>
public static class TransitionEndpoints
{
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
                    (Guid id, TransitionBody? body, [FromServices] ICurrentUser user, IRequestCommands commands, CancellationToken ct) =>
                        RunAsync(id, action, new TransitionCommand(body?.Reason, body?.Report, ExpectedVersion: body?.Version), user, commands, ct))
                .WithName($"Request{action}")
                .WithSummary($"{action} a request")
                .RequireAuthorization(policy);
        }

        group.MapPost("/{id:guid}/reroute",
                (Guid id, RerouteBody body, [FromServices] ICurrentUser user, IRequestCommands commands, CancellationToken ct) =>
                    RunAsync(id, WorkflowAction.Reroute, new TransitionCommand(body.Reason, OrganisationId: body.OrganisationId, ExpectedVersion: body.Version), user, commands, ct))
            .WithName("RequestReroute")
            .WithSummary("Re-route a request to another organisation (dispatcher)")
            .RequireAuthorization(Policies.Dispatcher);
        return group;
    }

    private static async Task<Results<Ok<RequestDto>, ProblemHttpResult>> RunAsync(
        Guid id, WorkflowAction action, TransitionCommand command, ICurrentUser user, IRequestCommands commands, CancellationToken ct)
    {
        var outcome = await commands.ApplyAsync(id, action, RequestActor.Person(user), command, ct);
        return outcome.Failure switch
        {
            TransitionFailure.None => TypedResults.Ok(outcome.Request!),
            TransitionFailure.TooLong => Problems.Invalid("reason", $"Reason and report are at most {RequestText.MaxLength} characters."),
            TransitionFailure.NotFound => Problems.NotFound("Request"),
            TransitionFailure.StaleVersion => Problems.Conflict($"The request changed meanwhile (version {outcome.CurrentVersion}); reload it and try again."),
            TransitionFailure.Refused => outcome.Refusal!.ToProblem(),
            _ => Problems.Conflict("The request is being changed by many people at once; try again."),
        };
    }
}
