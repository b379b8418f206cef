namespace OpenKazan.Onboarding.Rollout;

/// <summary>One step of a city's rollout: done or not, and when and by whom when that is known.</summary>
public sealed record RolloutItem(RolloutStep Step, bool Done, bool Manual, DateTime? At, string? By);

/// <summary>A city's rollout checklist, every step in order.</summary>
public sealed record RolloutChecklist(IReadOnlyList<RolloutItem> Items)
{
    public int DoneCount => Items.Count(i => i.Done);

    public DateTime? GoLiveAt => Items.Single(i => i.Step == RolloutStep.GoLive).At;
}
