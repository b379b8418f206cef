using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Registry.Contracts;
using OpenKazan.Requests.Domain;
using OpenKazan.Sla;
using OpenKazan.Sla.Contracts;
using SlaPriority = OpenKazan.Sla.Contracts.RequestPriority;

namespace OpenKazan.Requests.Deadlines;

/// <summary>
/// Keeps a request's stage deadlines in step with the city's SLA: planned at registration, moved by pauses
/// (OnHold stops the clock), closed with a <see cref="StageDuration"/> when a stage is met.
/// </summary>
public sealed class RequestDeadlines(TenantScopedDbContext db, ISlaPlanner planner, TimeProvider time)
{
    public async Task<SlaPlan> PlanAsync(ServiceRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var category = await db.CategoryRecordAsync(request.CategoryId, ct)
            ?? throw new InvalidOperationException($"Request {request.Number} names a category the city does not have.");
        return await PlanAsync(request, category, ct);
    }

    /// <summary>Plans a new request's stages; intake has already read its category, so it is passed in.</summary>
    public async Task<IReadOnlyList<RequestDeadline>> CreateAsync(ServiceRequest request, CategoryRecord category, CancellationToken ct)
    {
        var plan = await PlanAsync(request, category, ct);
        var rows = plan.Stages.Select(s => new RequestDeadline
        {
            RequestId = request.Id,
            Stage = s.Stage.ToString(),
            DueAt = s.DueUtc,
            WarnAt = s.WarnAtUtc,
        }).ToList();
        db.AddRange(rows);
        return rows;
    }

    /// <summary>Moves every open stage by the time the clock stood still.</summary>
    public async Task RecomputeAsync(ServiceRequest request, IReadOnlyList<RequestPause> pauses, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(pauses);
        var plan = await PlanAsync(request, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var stopped = pauses.Select(p => (p.StartedAt, p.EndedAt)).ToList();
        foreach (var deadline in await OpenAsync(request.Id, ct))
        {
            if (plan.For(Enum.Parse<SlaStage>(deadline.Stage)) is not { } target)
            {
                continue;
            }

            deadline.DueAt = planner.DueAfterPauses(target, request.RegisteredAt, stopped, now);
            var warnTarget = target with { Target = SlaPlanning.WarningAfter(target.Target, plan.WarningAtPercent) };
            deadline.WarnAt = planner.DueAfterPauses(warnTarget, request.RegisteredAt, stopped, now);
        }
    }

    /// <summary>Marks the stages met now and writes how long each took (business minutes, pauses excluded).</summary>
    public async Task CompleteAsync(ServiceRequest request, IReadOnlyList<string> stages, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(stages);
        var now = time.GetUtcNow().UtcDateTime;
        var open = (await OpenAsync(request.Id, ct)).Where(d => stages.Contains(d.Stage)).ToList();
        if (open.Count == 0)
        {
            return;
        }

        var business = planner.CalendarFor(SlaClock.Business);
        var pauses = await db.Set<RequestPause>().AsNoTracking().Where(p => p.RequestId == request.Id).ToListAsync(ct);
        var paused = pauses.Aggregate(TimeSpan.Zero, (sum, p) => sum + business.WorkingTimeBetween(p.StartedAt, p.EndedAt ?? now));
        var worked = business.WorkingTimeBetween(request.RegisteredAt, now) - paused;
        foreach (var deadline in open)
        {
            deadline.CompletedAt = now;
            db.Add(new StageDuration
            {
                RequestId = request.Id,
                Stage = deadline.Stage,
                OrganisationId = request.OrganisationId,
                CategoryId = request.CategoryId,
                StartedAt = request.RegisteredAt,
                EndedAt = now,
                BusinessMinutes = (long)Math.Max(0, worked.TotalMinutes),
                OnTime = now <= deadline.DueAt,
            });
        }
    }

    /// <summary>The request's stages as they stand in this unit of work, including changes not saved yet.</summary>
    public async Task<IReadOnlyList<RequestDeadline>> CurrentAsync(Guid requestId, CancellationToken ct)
    {
        var stored = await db.Set<RequestDeadline>().Where(d => d.RequestId == requestId).ToListAsync(ct);
        var added = db.ChangeTracker.Entries<RequestDeadline>()
            .Where(e => e.State == EntityState.Added && e.Entity.RequestId == requestId).Select(e => e.Entity);
        return stored.Concat(added).DistinctBy(d => d.Id).ToList();
    }

    private async Task<SlaPlan> PlanAsync(ServiceRequest request, CategoryRecord category, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(category);
        var parentCode = category.ParentId is { } parentId
            ? (await db.CategoryRecordAsync(parentId, ct))?.Code
            : null;
        var priority = request.Priority == Contracts.RequestPriority.Emergency ? SlaPriority.Emergency : SlaPriority.Normal;
        return await planner.PlanAsync(new SlaSubject(category.Code, parentCode, category.Group, priority), request.RegisteredAt, ct);
    }

    private Task<List<RequestDeadline>> OpenAsync(Guid requestId, CancellationToken ct) =>
        db.Set<RequestDeadline>().Where(d => d.RequestId == requestId && d.CompletedAt == null).ToListAsync(ct);
}
