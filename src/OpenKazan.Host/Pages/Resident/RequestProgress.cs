using OpenKazan.Requests.Contracts;

namespace OpenKazan.Host.Pages.Resident;

/// <summary>The five steps a resident follows (filed, accepted, in work, done, confirmed) in the order they are reached.</summary>
public enum ProgressStep
{
    Filed,
    Accepted,
    InWork,
    Done,
    Confirmed,
}

/// <summary>
/// Where a request stands as its resident reads it: the steps reached, the step awaited and the deadline of the SLA stage
/// being worked on, overdue once it has passed (never while the request is on hold: its clock stands still).
/// </summary>
public sealed record RequestProgress(ProgressStep? Reached, DeadlineDto? Deadline, bool Overdue, bool Paused)
{
    public static IReadOnlyList<ProgressStep> Steps { get; } = Enum.GetValues<ProgressStep>();

    /// <summary>Rejected and cancelled requests left the steps: the page shows their status instead.</summary>
    public bool HasSteps => Reached is not null;

    public ProgressStep? Awaited => Reached is { } reached && reached < ProgressStep.Confirmed ? reached + 1 : null;

    public static RequestProgress Of(RequestDto request, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(request);
        var status = Enum.Parse<RequestStatus>(request.Status);
        var held = request.HeldFrom is { } from ? Enum.Parse<RequestStatus>(from) : (RequestStatus?)null;
        var reached = ReachedBy(status == RequestStatus.OnHold ? held ?? RequestStatus.InProgress : status);
        var working = RequestStatuses.Open.Contains(status);
        var deadline = working ? request.Deadlines.Where(d => d.CompletedAt is null).MinBy(d => d.DueAt) : null;
        var paused = status == RequestStatus.OnHold;
        return new RequestProgress(reached, deadline, deadline is not null && !paused && deadline.DueAt <= nowUtc, paused);
    }

    /// <summary>Whether a deadline of the list has passed unmet while the request is still being worked on.</summary>
    public static bool IsOverdue(RequestDto request, DeadlineDto deadline, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(deadline);
        var status = Enum.Parse<RequestStatus>(request.Status);
        return deadline.CompletedAt is null && deadline.DueAt <= nowUtc && status != RequestStatus.OnHold && RequestStatuses.Open.Contains(status);
    }

    private static ProgressStep? ReachedBy(RequestStatus status) => status switch
    {
        RequestStatus.Accepted => ProgressStep.Accepted,
        RequestStatus.InProgress => ProgressStep.InWork,
        RequestStatus.Resolved => ProgressStep.Done,
        RequestStatus.Closed => ProgressStep.Confirmed,
        RequestStatus.Rejected or RequestStatus.Cancelled => null,
        _ => ProgressStep.Filed,
    };
}
