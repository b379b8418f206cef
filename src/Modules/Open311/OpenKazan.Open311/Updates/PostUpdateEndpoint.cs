using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Open311.ApiKeys;
using OpenKazan.Open311.Formatting;
using OpenKazan.Open311.Requests;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Open311.Updates;

/// <summary>
/// <c>POST servicerequestupdates</c>, with two meanings by the kind of key. An organisation's integration key reports
/// its own progress: the extended status becomes the organisation's workflow action. Any other key (FixMyStreet, a
/// city app) speaks for the resident who filed the request through it: <c>OPEN</c> (or no status) is the resident's
/// comment, <c>CLOSED</c> the resident's confirmation that the work is done, <c>REOPEN</c> the resident's reopening;
/// such a key never acts as the organisation.
/// </summary>
internal static class PostUpdateEndpoint
{
    private static readonly Dictionary<string, WorkflowAction> OrganisationActions = new(StringComparer.OrdinalIgnoreCase)
    {
        [ExtendedStatuses.ActionScheduled] = WorkflowAction.Accept,
        [ExtendedStatuses.InProgress] = WorkflowAction.Start,
        [ExtendedStatuses.Fixed] = WorkflowAction.Resolve,
        [ExtendedStatuses.InternalReferral] = WorkflowAction.Return,
        [ExtendedStatuses.NotCouncilsResponsibility] = WorkflowAction.Return,
        [ExtendedStatuses.Duplicate] = WorkflowAction.Reject,
        [ExtendedStatuses.NoFurtherAction] = WorkflowAction.Reject,
    };

    private static readonly string[] ResidentStatuses = [ExtendedStatuses.Open, ExtendedStatuses.Closed, ExtendedStatuses.Reopen];

    public static async Task<Open311Result> PostAsync(
        Open311Call call, TenantScopedDbContext db, IRequestCommands commands, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(commands);
        var key = call.Key!;
        if (key.OrganisationId is not null && !key.CanPostUpdates)
        {
            return Open311Errors.Forbidden(call.Format, "This organisation's api_key is not registered for posting updates (ask the city's administrators).");
        }

        if (call.Parameter("service_request_id") is not { } number)
        {
            return Open311Errors.BadRequest(call.Format, "service_request_id is required.");
        }

        var description = call.Parameter("description");
        if (description?.Length > RequestText.MaxLength)
        {
            return Open311Errors.BadRequest(call.Format, $"description is at most {RequestText.MaxLength} characters.");
        }

        var request = await db.PublishedRequestRows().SingleOrDefaultAsync(r => r.Number == number, ct);
        if (request is null)
        {
            return Open311Errors.NotFound(call.Format, $"No service request '{number}' in this city.");
        }

        var update = new Update(call, db, commands, request, key, call.Parameter("status"), description);
        return key.OrganisationId is { } organisation
            ? await update.AsOrganisationAsync(organisation, ct)
            : await update.AsResidentAsync(ct);
    }

    private sealed record Update(
        Open311Call Call, TenantScopedDbContext Db, IRequestCommands Commands, PublishedRequestRow Request, ApiKey Key, string? Status, string? Description)
    {
        public async Task<Open311Result> AsOrganisationAsync(Guid organisation, CancellationToken ct)
        {
            if (Request.OrganisationId != organisation)
            {
                return Open311Errors.Forbidden(Call.Format, $"Request '{Request.Number}' is not assigned to this key's organisation.");
            }

            if (Status is null)
            {
                return Description is null
                    ? Open311Errors.BadRequest(Call.Format, "Give a status, or a description.")
                    : await CommentAsync(RequestActor.Organisation(organisation, Key.Name), ct);
            }

            return OrganisationActions.TryGetValue(Status, out var action)
                ? await MoveAsync(action, RequestActor.Organisation(organisation, Key.Name), ct)
                : Open311Errors.BadRequest(Call.Format,
                    $"status '{Status}' is not an organisation's update; use one of {string.Join(", ", OrganisationActions.Keys)}.");
        }

        public async Task<Open311Result> AsResidentAsync(CancellationToken ct)
        {
            var status = Status?.ToUpperInvariant() ?? ExtendedStatuses.Open;
            if (!ResidentStatuses.Contains(status))
            {
                return Open311Errors.BadRequest(Call.Format,
                    $"status '{Status}': a resident's update is OPEN (a comment), CLOSED (the resident confirms the work is done) or REOPEN; "
                    + "only an organisation's integration key sets other statuses.");
            }

            var filedHere = await Db.Set<Open311Submission>().AnyAsync(s => s.RequestId == Request.Id && s.ApiKeyId == Key.Id, ct);
            if (!filedHere)
            {
                return Open311Errors.Forbidden(Call.Format, $"Request '{Request.Number}' was not filed with this api_key: only its resident comments on it.");
            }

            var resident = ResidentName();
            return status switch
            {
                ExtendedStatuses.Closed when Request.Status == RequestStatus.Resolved =>
                    await MoveAsync(WorkflowAction.Confirm, RequestActor.Party(ActorRole.Resident, resident), ct),
                ExtendedStatuses.Reopen => await MoveAsync(WorkflowAction.Reopen, RequestActor.Party(ActorRole.Resident, resident), ct),
                _ when Description is null => Open311Errors.BadRequest(Call.Format, "description is required for a resident's comment."),

                // Closed on the client's side while the work goes on here: the resident's words are kept as a comment.
                _ => await CommentAsync(RequestActor.Party(ActorRole.Resident, resident), ct),
            };
        }

        private string ResidentName()
        {
            var name = string.Join(' ', new[] { Call.Parameter("first_name"), Call.Parameter("last_name") }.Where(n => n is not null));
            return name.Length > 0 ? name : $"Resident via {Key.Name}";
        }

        /// <summary>A status update is a workflow action taken through the requests' one path (retried there on a concurrent change).</summary>
        private async Task<Open311Result> MoveAsync(WorkflowAction action, RequestActor actor, CancellationToken ct)
        {
            var outcome = await Commands.ApplyAsync(Request.Id, action, actor, new TransitionCommand(Description, Description), ct);
            return outcome.Failure switch
            {
                TransitionFailure.None => Answer(outcome.Recorded!),
                TransitionFailure.Refused => Open311Errors.BadRequest(Call.Format, $"status {Status}: {outcome.Refusal!.Detail}"),
                TransitionFailure.NotFound => Open311Errors.NotFound(Call.Format, $"No service request '{Request.Number}' in this city."),
                _ => Open311Errors.Conflict(Call.Format, $"Request '{Request.Number}' is being changed by many at once; send the update again."),
            };
        }

        /// <summary>A comment is written through the same contract, in the capacity the key's party holds towards the request.</summary>
        private async Task<Open311Result> CommentAsync(RequestActor author, CancellationToken ct)
        {
            if (RequestText.Clean(Description) is not { } text)
            {
                return Open311Errors.BadRequest(Call.Format, "description must not be blank.");
            }

            var outcome = await Commands.CommentAsync(Request.Id, author, text, ct);
            return outcome.Failure switch
            {
                TransitionFailure.None => Answer(outcome.Recorded!),
                TransitionFailure.NotFound => Open311Errors.NotFound(Call.Format, $"No service request '{Request.Number}' in this city."),
                _ => Open311Errors.Forbidden(Call.Format, $"Request '{Request.Number}': {outcome.Refusal?.Detail}"),
            };
        }

        private Open311Result Answer(RecordedEvent recorded) => new(Call.Format, "service_request_updates", new[]
        {
            new ServiceRequestUpdateDto(recorded.Id.ToString(), Request.Number, ExtendedStatuses.Extended(recorded.ToStatus ?? Request.Status),
                Open311Dates.Format(recorded.At, Call.Zone), Description, null),
        });
    }
}
