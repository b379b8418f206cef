using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Requests.Access;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.History;
using OpenKazan.Requests.Lookup;
using OpenKazan.Requests.Workflow;

namespace OpenKazan.Requests.Transitions;

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

/// <summary>The request after the action, or why the action was not applied.</summary>
public sealed record TransitionOutcome(RequestDto? Request, TransitionFailure Failure, TransitionResult? Refusal = null, long? CurrentVersion = null)
{
    public bool Succeeded => Failure == TransitionFailure.None;
}

/// <summary>
/// Loads the request the person may see, applies one action and saves it; concurrent writers retry on a version
/// conflict. The API and the staff and resident pages act through this one path.
/// </summary>
public sealed class TransitionRunner(TenantScopedDbContext db, RequestTransitions transitions)
{
    /// <summary>Concurrent writers retry on a version conflict; after this many the caller is told to try again.</summary>
    private const int Attempts = 8;


    public async Task<TransitionOutcome> RunAsync(
        Guid id, WorkflowAction action, TransitionCommand command, long? expectedVersion, ICurrentUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(user);
        if (command.Reason?.Length > RequestText.MaxLength || command.Report?.Length > RequestText.MaxLength)
        {
            return new(null, TransitionFailure.TooLong);
        }

        var person = new Actor(user.UserId, user.Name, ActorRole.System);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            db.ChangeTracker.Clear();
            var request = await db.Set<ServiceRequest>().VisibleTo(user).SingleOrDefaultAsync(r => r.Id == id, ct);
            if (request is null)
            {
                return new(null, TransitionFailure.NotFound);
            }

            if (expectedVersion is { } version && version != request.Version)
            {
                return new(null, TransitionFailure.StaleVersion, CurrentVersion: request.Version);
            }

            var result = await transitions.ApplyAsync(request, action, RequestAccess.ActorsFor(user, request), person, command, ct);
            if (!result.Allowed)
            {
                return new(null, TransitionFailure.Refused, result);
            }

            try
            {
                await db.SaveChangesAsync(ct);
                var deadlines = await db.Set<RequestDeadline>().AsNoTracking().Where(d => d.RequestId == id).ToListAsync(ct);
                return new(RequestDto.From(request, deadlines), TransitionFailure.None);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone else changed the request between our read and our write: decide again on the fresh state.
            }
        }

        return new(null, TransitionFailure.Busy);
    }
}
