using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Open311.Formatting;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.History;
using OpenKazan.Requests.Transitions;
using OpenKazan.Requests.Workflow;

namespace OpenKazan.Open311.Updates;

/// <summary>
/// <c>POST servicerequestupdates</c> for registered integrations: an organisation's own system reports progress on the
/// requests assigned to it. The extended status becomes the organisation's workflow action, applied by the Requests
/// module exactly as if its staff had clicked it; an update without a status is a public comment.
/// </summary>
public static class PostUpdateEndpoint
{
    private static readonly Dictionary<string, WorkflowAction> Actions = new(StringComparer.OrdinalIgnoreCase)
    {
        [ExtendedStatuses.ActionScheduled] = WorkflowAction.Accept,
        [ExtendedStatuses.InProgress] = WorkflowAction.Start,
        [ExtendedStatuses.Fixed] = WorkflowAction.Resolve,
        [ExtendedStatuses.InternalReferral] = WorkflowAction.Return,
        [ExtendedStatuses.NotCouncilsResponsibility] = WorkflowAction.Return,
        [ExtendedStatuses.Duplicate] = WorkflowAction.Reject,
        [ExtendedStatuses.NoFurtherAction] = WorkflowAction.Reject,
    };

    public static async Task<Open311Result> PostAsync(
        Open311Call call, TenantScopedDbContext db, RequestTransitions transitions, RequestJournal journal, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(transitions);
        ArgumentNullException.ThrowIfNull(journal);
        var key = call.Key!;
        if (!key.CanPostUpdates || key.OrganisationId is not { } organisation)
        {
            return Open311Errors.Forbidden(call.Format, "This api_key is not registered for posting updates (ask for an organisation's integration key).");
        }

        if (call.Parameter("service_request_id") is not { } number)
        {
            return Open311Errors.BadRequest(call.Format, "service_request_id is required.");
        }

        var status = call.Parameter("status");
        var description = call.Parameter("description");
        WorkflowAction? action = null;
        if (status is not null)
        {
            if (!Actions.TryGetValue(status, out var mapped))
            {
                return Open311Errors.BadRequest(call.Format,
                    $"status '{status}' is not an organisation's update; use one of {string.Join(", ", Actions.Keys)}.");
            }

            action = mapped;
        }
        else if (description is null || description.Length > 4000)
        {
            return Open311Errors.BadRequest(call.Format, "Give a status, or a description of 1 to 4000 characters.");
        }

        var request = await db.Set<ServiceRequest>().SingleOrDefaultAsync(r => r.Number == number, ct);
        if (request is null)
        {
            return Open311Errors.NotFound(call.Format, $"No service request '{number}' in this city.");
        }

        if (request.OrganisationId != organisation)
        {
            return Open311Errors.Forbidden(call.Format, $"Request '{number}' is not assigned to this key's organisation.");
        }

        var actor = new Actor(null, key.Name, ActorRole.Organisation);
        RequestEvent? recorded = null;
        if (action is { } chosen)
        {
            var result = await transitions.ApplyAsync(request, chosen, [ActorRole.Organisation], actor, new TransitionCommand(description, description), ct);
            if (!result.Allowed)
            {
                return Open311Errors.BadRequest(call.Format, $"status {status}: {result.Detail}");
            }
        }
        else
        {
            db.Add(new RequestComment { RequestId = request.Id, AuthorName = key.Name, Text = description!, At = time.GetUtcNow().UtcDateTime });
            recorded = journal.Record(request, RequestEventKinds.Commented, actor, reason: description);
        }

        await db.SaveChangesAsync(ct);
        recorded ??= await db.Set<RequestEvent>().AsNoTracking().Where(e => e.RequestId == request.Id)
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id).FirstAsync(ct);
        var update = new ServiceRequestUpdateDto(recorded.Id.ToString(), number, ExtendedStatuses.Extended(request.Status),
            Open311Dates.Format(recorded.At, call.Zone), description, null);
        return new Open311Result(call.Format, "service_request_updates", new[] { update });
    }
}
