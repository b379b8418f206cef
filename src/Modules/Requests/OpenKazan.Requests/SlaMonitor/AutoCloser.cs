using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Requests.Deadlines;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.History;
using OpenKazan.Requests.Transitions;
using OpenKazan.Requests.Workflow;

namespace OpenKazan.Requests.SlaMonitor;

/// <summary>Closes resolved requests the resident neither confirmed nor reopened within the city's auto-close period.</summary>
public sealed class AutoCloser(TenantScopedDbContext db, RequestDeadlines deadlines, RequestTransitions transitions, TimeProvider time)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var resolved = await db.Set<ServiceRequest>().AsNoTracking()
            .Where(r => r.Status == RequestStatus.Resolved).OrderBy(r => r.ResolvedAt).Take(500).Select(r => r.Id).ToListAsync(ct);
        var closed = 0;
        foreach (var id in resolved)
        {
            db.ChangeTracker.Clear();
            var request = await db.Set<ServiceRequest>().SingleAsync(r => r.Id == id, ct);
            var plan = await deadlines.PlanAsync(request, ct);
            if (request.ResolvedAt + plan.AutoCloseAfter > now)
            {
                continue;
            }

            var result = await transitions.ApplyAsync(request, WorkflowAction.AutoClose, [ActorRole.System], Actor.System,
                new TransitionCommand($"No answer from the resident within {plan.AutoCloseAfter.TotalDays:0} days."), ct);
            if (!result.Allowed)
            {
                continue;
            }

            try
            {
                await db.SaveChangesAsync(ct);
                closed++;
            }
            catch (DbUpdateConcurrencyException)
            {
                // The resident (or another node) acted at the same moment; their action stands.
            }
        }

        return closed;
    }
}
