using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Registry.Contracts;
using OpenKazan.Requests.Deadlines;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.History;
using OpenKazan.Requests.Notifications;
using OpenKazan.Sla;
using OpenKazan.Requests.Contracts;
using OpenKazan.Sla.Contracts;

namespace OpenKazan.Requests.SlaMonitor;

/// <summary>
/// Finds the current city's warnings, breaches and due escalations and records each exactly once. A request on hold
/// is skipped: its clock stands still and its deadlines move when it resumes.
/// </summary>
public sealed class SlaIncidentRecorder(
    TenantScopedDbContext db, RequestDeadlines deadlines, RequestJournal journal, NotificationWriter notifications, TimeProvider time)
{
    private static readonly List<RequestStatus> Monitored = RequestStatuses.Open.Where(s => s != RequestStatus.OnHold).ToList();

    /// <summary>Returns how many incidents this run recorded.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var due = await (from d in db.Set<RequestDeadline>().AsNoTracking()
                         join r in db.Set<ServiceRequest>().AsNoTracking() on d.RequestId equals r.Id
                         where d.CompletedAt == null && d.WarnAt <= now && Monitored.Contains(r.Status)
                         select new { Deadline = d, Request = r }).Take(1000).ToListAsync(ct);
        var ids = due.Select(x => x.Request.Id).Distinct().ToList();
        var known = (await db.Set<SlaIncident>().AsNoTracking().Where(i => ids.Contains(i.RequestId))
            .Select(i => new { i.RequestId, i.Stage, i.Kind, i.Level }).ToListAsync(ct))
            .Select(i => (i.RequestId, i.Stage, i.Kind, i.Level)).ToHashSet();
        var recorded = 0;

        // The escalation ladder is the city's; one plan per category and priority is enough for a run.
        var plans = new Dictionary<(Guid, Contracts.RequestPriority), SlaPlan>();
        foreach (var item in due)
        {
            var key = (item.Request.CategoryId, item.Request.Priority);
            if (!plans.TryGetValue(key, out var plan))
            {
                plans[key] = plan = await deadlines.PlanAsync(item.Request, ct);
            }

            foreach (var incident in Candidates(item.Deadline, plan.Escalation, now))
            {
                if (!known.Contains((item.Request.Id, incident.Stage, incident.Kind, incident.Level))
                    && await TryRecordAsync(item.Request, incident, ct))
                {
                    recorded++;
                }
            }
        }

        return recorded;
    }

    private static IEnumerable<SlaIncident> Candidates(RequestDeadline deadline, EscalationPlan escalation, DateTime now)
    {
        SlaIncident Make(SlaIncidentKind kind, int level = 0, string? notify = null) =>
            new() { RequestId = deadline.RequestId, Stage = deadline.Stage, Kind = kind, Level = level, Notify = notify, At = now };

        yield return Make(SlaIncidentKind.Warning);
        if (now < deadline.DueAt)
        {
            yield break;
        }

        yield return Make(SlaIncidentKind.Breach);
        foreach (var step in escalation.StepsAfter(deadline.DueAt).Where(s => s.DueUtc <= now))
        {
            yield return Make(SlaIncidentKind.Escalation, step.Level, step.Notify.ToString());
        }
    }

    /// <summary>
    /// Saves the incident with its history line and notification in one unit. If the unique index refuses it,
    /// another run (or node) was first: nothing else of this unit is saved either.
    /// </summary>
    private async Task<bool> TryRecordAsync(ServiceRequest request, SlaIncident incident, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        incident.OrganisationId = request.OrganisationId;
        db.Add(incident);
        var kind = incident.Kind switch
        {
            SlaIncidentKind.Warning => RequestEventKinds.SlaWarning,
            SlaIncidentKind.Breach => RequestEventKinds.SlaBreach,
            _ => RequestEventKinds.Escalated,
        };
        var what = incident.Kind == SlaIncidentKind.Escalation
            ? new EscalationNote(incident.Stage, incident.Level, incident.Notify ?? string.Empty).ToString()
            : incident.Stage;
        journal.Record(request, kind, Actor.System, reason: what);
        if (incident.Kind == SlaIncidentKind.Escalation && incident.Notify == nameof(EscalationRole.OrganisationHead) && request.OrganisationId is { } orgId
            && (await db.OrganisationRecordAsync(orgId, ct))?.Email is { Length: > 0 } email)
        {
            notifications.ToAddress(request, email, NotificationTemplates.Escalation, what);
        }

        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            var exists = await db.Set<SlaIncident>().AnyAsync(i => i.RequestId == incident.RequestId && i.Stage == incident.Stage
                && i.Kind == incident.Kind && i.Level == incident.Level, ct);
            if (!exists)
            {
                throw;
            }

            return false;
        }
    }
}
