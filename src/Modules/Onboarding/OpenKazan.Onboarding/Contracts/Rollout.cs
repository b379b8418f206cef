using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Onboarding.Contracts;

/// <summary>A city's rollout checklist: read by the central pages, training ticked by the central team.</summary>
public interface IRolloutTracker
{
    Task<RolloutChecklist> ReadAsync(TenantInfo city, CancellationToken cancellationToken);

    /// <summary>Ticks or unticks a step a person records; the derived steps are refused.</summary>
    Task<TickOutcome> TickAsync(string slug, RolloutStep step, bool done, string by, CancellationToken cancellationToken);
}

/// <summary>The steps of a city's rollout, in the order they usually happen.</summary>
public enum RolloutStep
{
    DataImported,
    StaffInvited,
    TrainingHeld,
    TestRequestsFiled,
    GoLive,
}

/// <summary>One step of a city's rollout: done or not, and when and by whom when that is known.</summary>
public sealed record RolloutItem(RolloutStep Step, bool Done, bool Manual, DateTime? At, string? By);

/// <summary>A city's rollout checklist, every step in order.</summary>
public sealed record RolloutChecklist(IReadOnlyList<RolloutItem> Items)
{
    public int DoneCount => Items.Count(i => i.Done);

    public DateTime? GoLiveAt => Items.Single(i => i.Step == RolloutStep.GoLive).At;
}

public enum TickOutcome
{
    Ticked,
    UnknownCity,
    NotManual,
}
