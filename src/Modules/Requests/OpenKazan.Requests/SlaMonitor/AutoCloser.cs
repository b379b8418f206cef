using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.Transitions;
using OpenKazan.Requests.Workflow;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Requests.SlaMonitor;

/// <summary>
/// Closes resolved requests the resident neither confirmed nor reopened within the city's auto-close period. The
/// workflow decides whether the period has passed; a resident acting at the same moment is met by the one path's retry.
/// </summary>
public sealed class AutoCloser(TenantScopedDbContext db, IRequestCommands commands)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var resolved = await db.Set<ServiceRequest>().AsNoTracking()
            .Where(r => r.Status == RequestStatus.Resolved).OrderBy(r => r.ResolvedAt).Take(500).Select(r => r.Id).ToListAsync(ct);
        var closed = 0;
        foreach (var id in resolved)
        {
            var outcome = await commands.ApplyAsync(id, WorkflowAction.AutoClose, RequestActor.System, new TransitionCommand(), ct);
            closed += outcome.Succeeded ? 1 : 0;
        }

        return closed;
    }
}
