using OpenKazan.Requests.Transitions;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.Lookup;
using OpenKazan.Requests.Workflow;

namespace OpenKazan.Requests.Contracts;

/// <summary>
/// The one path by which a request changes state, for every caller: staff and resident pages, the JSON API, Open311
/// updates, feedback's reopening, the auto-closer and intake's dispatch. It loads the request the actor may reach,
/// asks <see cref="RequestWorkflow"/>, applies what the move implies, writes history and the resident's notification,
/// saves, and decides again on the fresh state when someone else changed the request meanwhile.
/// </summary>
public interface IRequestCommands
{
    /// <summary>Starts a unit of work of its own: whatever the caller tracked and did not save is discarded first.</summary>
    Task<TransitionOutcome> ApplyAsync(Guid requestId, WorkflowAction action, RequestActor actor, TransitionCommand input, CancellationToken ct);
}

/// <summary>
/// What the caller adds to an action: a reason, a resolution report, the new organisation of a re-route, and the version
/// the caller saw (when given it must match: the client acted on what it saw).
/// </summary>
public sealed record TransitionCommand(string? Reason = null, string? Report = null, Guid? OrganisationId = null, long? ExpectedVersion = null);

/// <summary>Why an action was not applied, beyond what the workflow itself refuses.</summary>
public enum TransitionFailure
{
    None,
    NotFound,
    TooLong,
    StaleVersion,
    Busy,
    Refused,
}

/// <summary>The request after the action and the history line it wrote, or why the action was not applied.</summary>
public sealed record TransitionOutcome(
    RequestDto? Request, TransitionFailure Failure, TransitionResult? Refusal = null, long? CurrentVersion = null, RequestEvent? Recorded = null)
{
    public bool Succeeded => Failure == TransitionFailure.None;
}
