using OpenKazan.Requests.Transitions;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.Lookup;
using OpenKazan.Requests.Workflow;

namespace OpenKazan.Requests.Contracts;

/// <summary>
/// The one path by which a request changes state, for every caller: staff and resident pages, the JSON API, Open311
/// updates, feedback's reopening, the auto-closer and intake's dispatch. It loads the request the actor may reach,
/// asks <see cref="RequestWorkflow"/>, applies what the move implies, writes history and the resident's notification,
/// saves, and decides again on the fresh state when someone else changed the request meanwhile. A channel's comment
/// (Open311) takes the same contract, so that channel names no type of the module behind it.
/// </summary>
public interface IRequestCommands
{
    /// <summary>Starts a unit of work of its own: whatever the caller tracked and did not save is discarded first.</summary>
    Task<TransitionOutcome> ApplyAsync(Guid requestId, WorkflowAction action, RequestActor actor, TransitionCommand input, CancellationToken ct);

    /// <summary>
    /// Writes a public comment (checked by <see cref="RequestText.Clean"/>) by a party the calling channel has vouched for
    /// (an Open311 key's resident or organisation), in the capacity it holds towards the request; in a unit of work of its own.
    /// </summary>
    Task<CommentOutcome> CommentAsync(Guid requestId, RequestActor author, string text, CancellationToken ct);
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
    RequestDto? Request, TransitionFailure Failure, TransitionResult? Refusal = null, long? CurrentVersion = null, RecordedEvent? Recorded = null)
{
    public bool Succeeded => Failure == TransitionFailure.None;
}

/// <summary>The history line a comment wrote, or why it was not written (<c>NotFound</c>, or <c>Refused</c> with the reason).</summary>
public sealed record CommentOutcome(RecordedEvent? Recorded, TransitionFailure Failure, TransitionResult? Refusal = null);

/// <summary>
/// A line an action or comment wrote into the request's history: its id (stable, so a channel may publish it as the
/// update's id), when, and the status it moved the request to (none for a comment).
/// </summary>
public sealed record RecordedEvent(Guid Id, DateTime At, RequestStatus? ToStatus)
{
    internal static RecordedEvent Of(RequestEvent recorded) => new(recorded.Id, recorded.At, recorded.ToStatus);
}
